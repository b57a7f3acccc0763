using Forum.Domain.Stories;

namespace Forum.Tests.Unit;

/// <summary>
/// Slugs fill an 80-character column. Titles of every length around that limit, in several scripts and with
/// separators at every position, must all give a slug that fits and neither starts nor ends with a dash.
/// </summary>
[Category("Unit")]
public sealed class SlugLengthTests
{
    private static readonly string[] Words = ["a", "ab", "Ça", "naïve", "день", "ημέρα", "日本", "x1", "😊", "—", "ﬃ", "Øre"];

    private static IEnumerable<string> TitlesAroundTheLimit()
    {
        foreach (var word in Words)
        foreach (var separator in new[] { " ", "-", " – ", "...", "\u00A0" })
        for (var length = Slug.MaxLength - 6; length <= Slug.MaxLength + 6; length++)
        {
            var builder = new System.Text.StringBuilder();
            while (builder.Length < length) builder.Append(word).Append(separator);
            yield return builder.ToString()[..length];
            yield return "b" + builder.ToString()[..length];
        }
    }

    [Test]
    public void Every_title_around_the_limit_gives_a_slug_that_fits()
    {
        var checkedTitles = 0;
        foreach (var title in TitlesAroundTheLimit())
        {
            var slug = Slug.From(title);
            slug.Length.ShouldBeLessThanOrEqualTo(Slug.MaxLength, title);
            slug.StartsWith('-').ShouldBeFalse(title);
            slug.EndsWith('-').ShouldBeFalse(title);
            checkedTitles++;
        }
        checkedTitles.ShouldBeGreaterThan(1000);
    }

    [TestCase(79)]
    [TestCase(80)]
    public void A_word_break_just_before_the_limit_does_not_overflow(int lettersBefore)
    {
        var title = new string('a', lettersBefore) + " b";
        Slug.From(title).Length.ShouldBeLessThanOrEqualTo(Slug.MaxLength);
    }
}
