using AngleSharp.Dom;
using Forum.TestTexts;

namespace Forum.Tests.Rendering;

/// <summary>
/// Issue 28 item 8, counted rather than timed: how a post is cut into the pieces HtmlSanitizer sees. A call
/// has a fixed cost (a document built, walked three times and written), and AngleSharp's work per node grows
/// with its siblings; so no piece may hold many siblings under one parent, and calls may not be spent on a
/// few siblings each. Both are counts, which a busy machine cannot move.
/// </summary>
[TestFixture]
[Category("Unit")]
public sealed class SanitizedPiecesTests
{
    /// <summary>Siblings a call must carry on average, apart from the short pieces a container's edges leave.</summary>
    private const int SiblingsPerCall = 128;

    /// <summary>Nodes under one parent in any piece: each sibling is an element and at most one line break.</summary>
    private const int MostSiblings = 2 * SanitizedPieces.SiblingsPerPiece + 2;

    private static readonly PostSanitizer Sanitizer = new();

    /// <summary>The shapes issue 28 measured, each thousands of siblings under one parent.</summary>
    private static readonly string[] ManySiblings = ["hard breaks", "list items", "loose list items", "backtick runs", "unclosed backticks", "paragraphs"];

    private static IEnumerable<TestCaseData> Shapes() =>
        GrowthShapes.All.Keys.Select(name => new TestCaseData(name).SetName($"No piece holds too many siblings: {name}"));

    private static IEnumerable<TestCaseData> SiblingShapes() =>
        ManySiblings.Select(name => new TestCaseData(name).SetName($"A sanitizer call carries many siblings: {name}"));

    private static IEnumerable<TestCaseData> Posts() =>
        GrowthShapes.All.Select(shape => new TestCaseData(shape.Value(PostBody.MaxLength / 10)).SetName($"Where the cuts fall changes nothing: {shape.Key}"))
            .Append(new TestCaseData(AdversarialText.Build(10_000)).SetName("Where the cuts fall changes nothing: adversarial"))
            .Append(new TestCaseData(StoryText.Build(PostBody.MaxLength / 4)).SetName("Where the cuts fall changes nothing: story"))
            .Concat(HostileInputs.All.Select((payload, index) => new TestCaseData(payload.Markdown)
                .SetName($"Where the cuts fall changes nothing: {payload.Technique} #{index:000}")));

    [TestCaseSource(nameof(Shapes))]
    public void No_piece_holds_too_many_siblings(string shape)
    {
        var bodies = Pieces(shape).Select(piece => PostHtmlPolicy.Parse(piece).Body!).ToList();

        var widest = bodies.Max(body => Math.Max(body.ChildNodes.Length, body.Descendants<IElement>().Select(e => e.ChildNodes.Length).DefaultIfEmpty().Max()));
        widest.ShouldBeLessThanOrEqualTo(MostSiblings, $"{shape}: a piece with {widest} nodes under one parent");
    }

    [TestCaseSource(nameof(SiblingShapes))]
    public void A_sanitizer_call_carries_many_siblings(string shape)
    {
        var pieces = Pieces(shape);

        var siblings = pieces.Sum(piece => PostHtmlPolicy.Parse(piece).Body!.ChildNodes.Length);
        // One short piece may be left where the list or the paragraph begins and one where it ends.
        pieces.Count.ShouldBeLessThanOrEqualTo(2 + siblings / SiblingsPerCall, $"{shape}: {pieces.Count} calls for {siblings} siblings");
    }

    /// <summary>
    /// One sibling a piece, the cut before this change (64) and today's give the same HTML: where a piece ends is
    /// a matter of cost only. The hostile corpus and the adversarial text are among the posts.
    /// </summary>
    [TestCaseSource(nameof(Posts))]
    public void Where_the_cuts_fall_changes_nothing(string markdown)
    {
        var document = MarkdownPostRenderer.Parse(PlainText.Storable(markdown));
        var today = SanitizedPieces.Render(document, Sanitizer);

        SanitizedPieces.Render(document, Sanitizer.SanitizePiece, 64).ShouldBe(today);
        SanitizedPieces.Render(document, Sanitizer.SanitizePiece, 1).ShouldBe(today);
        today.ShouldBe(new MarkdownPostRenderer().Render(markdown).Html);
    }

    private static List<string> Pieces(string shape)
    {
        var document = MarkdownPostRenderer.Parse(GrowthShapes.All[shape](PostBody.MaxLength));
        var pieces = new List<string>();
        SanitizedPieces.Render(document, (html, depth) =>
        {
            pieces.Add(html);
            return Sanitizer.SanitizePiece(html, depth);
        }, SanitizedPieces.SiblingsPerPiece);
        return pieces;
    }
}
