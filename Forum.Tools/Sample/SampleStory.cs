namespace Forum.Tools.Sample;

/// <summary>
/// One made-up story for the sample forum. The title and body are written without the sample marks;
/// <see cref="SampleMarks"/> adds them as the story is written, so no story can go out unmarked.
/// </summary>
/// <param name="Writer">Which sample writer, 1 to <see cref="SampleWriters.Count"/>.</param>
/// <param name="DaysAgo">How long before the run the story was "posted", so lists look like weeks of use.</param>
/// <param name="Familiar">How many other sample writers pressed "this feels familiar".</param>
internal sealed record SampleStory(
    string Room, int Writer, double DaysAgo, string Title, string Body, ContentWarningSet Warnings, int Familiar,
    IReadOnlyList<SampleReply> Replies);

/// <param name="HoursAfter">Hours after the story, so replies arrive in a believable order.</param>
/// <param name="Warnings">Null for none of its own; in a room that asks for warnings it then carries the story's.</param>
internal sealed record SampleReply(int Writer, double HoursAfter, string Body, int Familiar = 0, ContentWarningSet? Warnings = null);
