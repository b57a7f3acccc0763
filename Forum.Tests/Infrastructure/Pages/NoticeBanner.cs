namespace Forum.Tests.Infrastructure.Pages;

/// <summary>A notice from the moderators at the top of every page, and what /me says about removed posts and bans.</summary>
public static class NoticeBanner
{
    public const string Notice = ".mod-notice";
    public const string Heading = ".mod-notice h2";
    public const string Body = ".mod-notice .notice-body";
    public const string CrisisLines = ".mod-notice .resource";
    public const string ReadForms = ".mod-notice form";
    public const string RemovedOwnPost = ".own-posts .removed-own";
    public const string BannedOffer = ".banned-offer";
}
