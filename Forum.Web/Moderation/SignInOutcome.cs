namespace Forum.Web.Moderation;

/// <summary>How a sign-in went. A wrong name and a wrong password look the same from outside, and so do their pauses.</summary>
public sealed record SignInOutcome(Moderator? Moderator, TimeSpan? PausedFor)
{
    public static readonly SignInOutcome Refused = new(null, null);

    public static SignInOutcome SignedIn(Moderator moderator) => new(moderator, null);

    public static SignInOutcome Paused(TimeSpan wait) => new(null, wait);
}
