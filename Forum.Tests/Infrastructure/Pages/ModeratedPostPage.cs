namespace Forum.Tests.Infrastructure.Pages;

/// <summary>A post's moderation page (/mod/threads/{id}, /mod/replies/{id}) and the moderators' queue.</summary>
public static class ModeratedPostPage
{
    public const string Done = ".mod-done";
    public const string State = ".mod-state";
    public const string Reports = ".mod-reports";
    public const string ReportItems = ".mod-reports li";
    public const string ModeratorWarnings = ".moderator-warnings";
    public const string ReportOutcome = "select[name=Outcome]";
    public const string AnyReportReason = "[id$='-reason'][id^='report-']";
    public const string QueueLinks = ".mod-queue li a";
    public const string HeldLinks = "#held-heading ~ ol a";
    public const string LogRows = ".mod-log tbody tr";
    public const string QueueItems = ".mod-queue > li";
    public const string QueueSnippet = ".queue-snippet";
    public const string NoticeForm = "form.mod-notice-form";
    public const string NoticeMessage = "textarea[name=Message]";

    /// <summary>The reason field of one action's form (remove, lock, ban…).</summary>
    public static string ReasonFor(string action) => $"#{action}-reason";
}
