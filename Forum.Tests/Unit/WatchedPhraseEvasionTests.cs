namespace Forum.Tests.Unit;

/// <summary>Watched phrases are found in what readers will see, however the writer dressed them up.</summary>
[Category("Unit")]
public sealed class WatchedPhraseEvasionTests
{
    private static readonly WatchedPhrases Watched = new(["cheap pills"]);

    [TestCase("cheap pills")]
    [TestCase("CHEAP   Pills here")]
    [TestCase("cheap&#32;pills")]
    [TestCase("cheap&nbsp;pills")]
    [TestCase("cheap **pills**")]
    [TestCase("*cheap* _pills_")]
    [TestCase("cheap\u200Bpills")]
    [TestCase("che\u00ADap pi\u00ADlls")]
    [TestCase("сheap рills")] // Cyrillic с and р
    [TestCase("[cheap pills](https://example.com/x)")]
    [TestCase("[cheap](https://a.example) [pills](https://b.example)")]
    [TestCase("`cheap` pills")]
    [TestCase("c h e a p pills")]
    [TestCase("ｃｈｅａｐ ｐｉｌｌｓ")]
    public void A_dressed_up_phrase_is_still_found(string body) => Watched.AnyIn(body).ShouldBeTrue();

    [TestCase("My pills were cheaper with insurance than without.")]
    [TestCase("I'm taking my medication and it helps.")]
    public void Ordinary_words_are_not_held(string body) => Watched.AnyIn(body).ShouldBeFalse();

    [TestCase("\u202E")]
    [TestCase("\u202A")]
    [TestCase("\u202B")]
    [TestCase("\u202C")]
    [TestCase("\u202D")]
    [TestCase("\u2066")]
    [TestCase("\u2067")]
    [TestCase("\u2068")]
    [TestCase("\u2069")]
    public void Bidi_controls_are_taken_out_of_titles_and_labels(string control)
    {
        var thread = Forum.Domain.Stories.Story.Start(Builders.Room(), Builders.Pseudonym(), $"Day {control}three{control} sober", Builders.Body(), Builders.Now);
        thread.Title.ShouldBe("Day three sober");
        thread.Slug.ShouldBe("day-three-sober");

        var warnings = ContentWarningSet.Of([ContentWarning.Other], $"need{control}les");
        warnings.OtherLabel.ShouldBe("needles");
        BidiControls.Strip($"a{control}b").ShouldBe("ab");
    }
}
