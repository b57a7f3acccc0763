namespace Forum.Tools.Sample;

/// <summary>
/// The marks that keep sample posts from ever passing for someone's real story: a title prefix, a closing line on
/// every story and reply, and writer names that real people are not allowed to choose (PseudonymName reserves them).
/// </summary>
internal static class SampleMarks
{
    public const string TitlePrefix = "Sample: ";

    public const string StoryLine = "*This is a sample post, written to show how the forum looks. It isn't a real person's story.*";

    public const string ReplyLine = "*This is a sample reply, not a real person's words.*";

    public static string Title(string title) => TitlePrefix + title;

    public static string StoryBody(string body) => body.TrimEnd() + "\n\n" + StoryLine;

    public static string ReplyBody(string body) => body.TrimEnd() + "\n\n" + ReplyLine;
}
