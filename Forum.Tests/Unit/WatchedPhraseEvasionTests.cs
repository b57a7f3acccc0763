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

    private static readonly WatchedPhrases BuyNow = new(["buy now", "cheap pills"]);

    // Each of these passed before phrases were compared on UTS #39 skeletons.
    [TestCase("buy n\u0585w", TestName = "Armenian oh")]
    [TestCase("\u0299uy n\u1D0Fw", TestName = "Latin small capitals")]
    [TestCase("buy no\u13B3", TestName = "Cherokee la")]
    [TestCase("buy\u3164now", TestName = "Hangul filler as a space")]
    [TestCase("buy\u115Fnow \u2800", TestName = "Hangul choseong filler")]
    [TestCase("please \u202Ewon yub\u202C today", TestName = "A right-to-left override turning the words round")]
    [TestCase("\u202Esllip paehc", TestName = "An override running to the end of the text")]
    [TestCase("\uA731\u1D1B\u1D0F\u0280\u1D07 cheap pi\u029F\u029Fs", TestName = "Small capital l")]
    public void A_look_alike_from_any_script_is_still_found(string body) => BuyNow.AnyIn(body).ShouldBeTrue();

    [TestCase("Compré unas píldoras baratas en la farmacia, pero ahora estoy mejor.")]
    [TestCase("¿Cómo estás? Mañana voy a la reunión con mi hermana.")]
    [TestCase("أشعر بتحسن اليوم، والحمد لله. سأذهب إلى الاجتماع غداً.")]
    [TestCase("Сегодня я купил хлеб и пошёл домой. Мне стало немного легче.")]
    [TestCase("Ныне и всегда: вот мой новый путь, без таблеток.")]
    [TestCase("Ich habe heute nichts gekauft und bin früh schlafen gegangen.")]
    [TestCase("今日は少し元気です。ありがとう。")]
    public void Ordinary_words_in_other_scripts_are_not_held(string body) => BuyNow.AnyIn(body).ShouldBeFalse();

    [Test]
    public void Unicodes_confusables_table_is_read_from_the_assembly() =>
        Forum.Domain.Moderation.Confusables.ConfusableSkeleton.MappingCount.ShouldBeGreaterThan(6000);

    [Test]
    public void A_skeleton_never_throws_and_drops_format_characters()
    {
        var skeleton = Forum.Domain.Moderation.Confusables.ConfusableSkeleton.Of;
        skeleton("a\uFFFEb\uD800c\u202Ed\u200Be").ShouldBe(skeleton("abcde"));
        skeleton("n\u0585").ShouldBe(skeleton("no"));
        skeleton("a\u3164b").ShouldBe("a b");
    }
}
