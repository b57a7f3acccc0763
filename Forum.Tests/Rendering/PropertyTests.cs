namespace Forum.Tests.Rendering;

[TestFixture]
[Category("Unit")]
public sealed class PropertyTests
{
    private const int Inputs = 10_000;

    private static readonly MarkdownPostRenderer Renderer = new();
    private static readonly PostSanitizer Sanitizer = new();

    [Test]
    public void Sanitizing_never_throws_is_idempotent_and_leaves_only_allowed_html()
    {
        var index = 0;
        foreach (var input in GeneratedInputs.Create(Inputs, seed: 20_240_601))
        {
            var once = Sanitizer.Sanitize(input);
            var twice = Sanitizer.Sanitize(once);

            twice.ShouldBe(once, $"input #{index}: {Escape(input)}");
            PostHtmlPolicy.AssertSafe(once, $"input #{index}: {Escape(input)}");
            index++;
        }
        index.ShouldBe(Inputs);
    }

    [Test]
    public void Rendering_never_throws_and_its_output_is_safe_and_stable()
    {
        var index = 0;
        foreach (var input in GeneratedInputs.Create(Inputs, seed: 19_700_101))
        {
            var html = Renderer.Render(input).Html;

            Sanitizer.Sanitize(html).ShouldBe(html, $"input #{index}: {Escape(input)}");
            PostHtmlPolicy.AssertSafe(html, $"input #{index}: {Escape(input)}");
            index++;
        }
        index.ShouldBe(Inputs);
    }

    [Test]
    public void Sanitizing_from_many_threads_gives_the_same_answers_as_from_one()
    {
        var inputs = GeneratedInputs.Create(2_000, seed: 42).ToArray();
        var expected = inputs.Select(Sanitizer.Sanitize).ToArray();

        var actual = new string[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Sanitizer.Sanitize(inputs[i]));

        actual.ShouldBe(expected);
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
