namespace Forum.Tests.Infrastructure.Pages;

/// <summary>
/// The CSS selectors of a thread's page (/t/{id}/{slug}): the story, its replies and the notes around them. Web tests
/// (AngleSharp) and browser tests (Playwright) both read them here, so a change to the markup is made once.
/// </summary>
public static class StoryPage
{
    public const string Title = "h1";
    public const string Story = "#story";
    public const string StoryAuthor = ".story .meta strong";
    public const string StoryBody = ".story .post-body";
    public const string StoryWarning = ".story details.warned";
    public const string StoryHeldNote = ".story .held-note";
    public const string StoryOwnActions = ".story .own-actions";
    public const string StoryDaysBadge = ".story .days-badge";
    public const string StoryBadge = ".story .meta .badge";
    public const string RepliesHeading = "#replies-heading";
    public const string PausedHeading = "#paused-heading";
    public const string Notice = ".notice";
    public const string ReportThanks = ".report-thanks";
    public const string NextPage = ".pager a[rel=next]";

    public static string Reply(long id) => $"#reply-{id}";

    public static string ReplyHeldNote(long id) => $"{Reply(id)} .held-note";

    public static string ReplyRemoved(long id) => $"{Reply(id)} .removed";

    public static string ReplyReportLink(long id) => $"{Reply(id)} .report-link";
}
