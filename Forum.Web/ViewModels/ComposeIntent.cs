namespace Forum.Web.ViewModels;

/// <summary>Which button sent a composer form: both share one form, so preview works without JavaScript.</summary>
public static class ComposeIntent
{
    public const string Post = "post";
    public const string Preview = "preview";

    /// <summary>From the crisis page: publish the post as it is, without being asked again.</summary>
    public const string PostAnyway = "post-anyway";

    /// <summary>From the crisis page: back to the composer, text as it was.</summary>
    public const string Edit = "edit";
}
