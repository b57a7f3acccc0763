namespace Forum.Web.ViewModels;

/// <summary>What /mod/login submits. The password is never echoed back into the page.</summary>
public sealed class ModeratorSignInForm
{
    public string Name { get; set => field = value ?? ""; } = "";
    public string Password { get; set => field = value ?? ""; } = "";
}
