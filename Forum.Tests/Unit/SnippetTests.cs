using Forum.Data.Reading.Search;

namespace Forum.Tests.Unit;

[Category("Unit")]
public sealed class SnippetTests
{
    private const char S = Snippet.StartMark;
    private const char E = Snippet.StopMark;

    [Test]
    public void Marked_runs_become_matches_and_the_rest_stays_text()
    {
        Snippet.Parse($"I felt {S}panic{E} at {S}work{E} today").ShouldBe([
            new SnippetSegment("I felt ", false), new SnippetSegment("panic", true), new SnippetSegment(" at ", false),
            new SnippetSegment("work", true), new SnippetSegment(" today", false)]);
    }

    [Test]
    public void Markup_is_left_as_text_for_the_view_to_encode()
    {
        Snippet.Parse($"<b onclick=x>{S}word{E}</b>").ShouldBe([
            new SnippetSegment("<b onclick=x>", false), new SnippetSegment("word", true), new SnippetSegment("</b>", false)]);
    }

    [Test]
    public void Unbalanced_marks_never_throw_and_markdown_emphasis_is_dropped()
    {
        Snippet.Parse($"{E}{E}a {S}**b**").ShouldBe([new SnippetSegment("a ", false), new SnippetSegment("b", true)]);
        Snippet.Parse("").ShouldBeEmpty();
        Snippet.Parse("## Heading   and\n\nmore").ShouldBe([new SnippetSegment(" Heading and more", false)]);
    }
}
