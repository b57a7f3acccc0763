using System.Globalization;
using Microsoft.AspNetCore.Authentication;

namespace Forum.Web.Controllers;

/// <summary>Moderators signing in and out. The only moderation page anyone can see is the sign-in form.</summary>
public sealed class ModeratorSessionController(ModeratorAccounts accounts, ModeratorDevices devices, ClientAddressKey addresses) : Controller
{
    public const string Refused = "That name and password don't match a moderator account. Please check them and try again.";

    [HttpGet("/mod/login", Name = RouteNames.ModLogin)]
    public IActionResult SignIn() => User.IsModerator() ? RedirectToRoute(RouteNames.ModQueue) : View(new ModeratorSignInForm());

    [HttpPost("/mod/login")]
    public async Task<IActionResult> SignIn([FromForm] ModeratorSignInForm form, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(form.Name) || string.IsNullOrEmpty(form.Password))
            return Refuse(form, "Please fill in both your moderator name and your password.");
        if (form.Name.Length > Moderator.NameMaxLength || form.Password.Length > Moderator.PasswordMaxLength)
            return Refuse(form, Refused);

        var outcome = await accounts.SignInAsync(form.Name, form.Password, devices.Read(HttpContext),
            addresses.Of(HttpContext.Connection.RemoteIpAddress), cancellationToken);
        if (outcome.PausedFor is { } wait)
        {
            var seconds = WaitText.Seconds(wait);
            Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return Refuse(form, Paused(seconds), StatusCodes.Status429TooManyRequests);
        }
        if (outcome.Moderator is not { } moderator) return Refuse(form, Refused);

        await HttpContext.SignInAsync(ModerationPolicies.Scheme, ModeratorClaims.For(moderator));
        devices.Give(HttpContext, moderator);
        return RedirectToRoute(RouteNames.ModQueue);
    }

    [HttpPost("/mod/logout", Name = RouteNames.ModLogout)]
    public async Task<IActionResult> SignOut(CancellationToken cancellationToken)
    {
        // Signing out ends every session of the account, so a copied or forgotten cookie stops working too.
        if (User.IsModerator()) await accounts.EndSessionsAsync(User.ModeratorId(), cancellationToken);
        await HttpContext.SignOutAsync(ModerationPolicies.Scheme);
        return RedirectToRoute(RouteNames.Home);
    }

    /// <summary>Said the same way for every name, known or not; a device used before is not paused by others.</summary>
    private static string Paused(int seconds) =>
        "After several wrong passwords, signing in is paused for a moment. Please try again in " +
        (seconds < 120 ? (seconds == 1 ? "1 second" : $"{seconds} seconds") : WaitText.For(TimeSpan.FromSeconds(seconds))) + ".";

    private ViewResult Refuse(ModeratorSignInForm form, string message, int status = StatusCodes.Status400BadRequest)
    {
        Response.StatusCode = status;
        ModelState.AddModelError("", message);
        return View("SignIn", new ModeratorSignInForm { Name = form.Name });
    }
}
