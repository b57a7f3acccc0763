namespace Forum.Tests.Unit;

[Category("Unit")]
public sealed class DangerPhrasesTests
{
    private static readonly DangerPhrases Phrases = new(["kill myself", "want to die", "can't go on", "end  my life"]);

    [TestCase("Some nights I want to kill myself.")]
    [TestCase("I WANT TO DIE")]
    [TestCase("i want\nto   die, honestly")]
    [TestCase("I just can’t go on like this")]
    [TestCase("**kill myself**")]
    [TestCase("thinking I'll end my life")]
    public void A_phrase_matches_as_whole_words_whatever_the_case_or_spacing(string text) =>
        Phrases.AnyIn(text).ShouldBeTrue();

    [TestCase("I'm trying to skill myself up at work.")]
    [TestCase("I want to diet before summer.")]
    [TestCase("We want to die-cast the model.")]
    [TestCase("kill myselfie")]
    [TestCase("")]
    [TestCase("A quiet week. I went for a walk.")]
    public void Words_inside_other_words_do_not_match(string text) =>
        Phrases.AnyIn(text).ShouldBeFalse();

    [Test]
    public void Any_of_several_texts_can_match()
    {
        Phrases.AnyIn("A title", "and a body where I want to die").ShouldBeTrue();
        Phrases.AnyIn("A title", "a body").ShouldBeFalse();
    }

    [Test]
    public void Phrases_with_pattern_characters_are_taken_literally()
    {
        var phrases = new DangerPhrases(["end it (all)", "a.b"]);
        phrases.AnyIn("I want to end it (all)").ShouldBeTrue();
        phrases.AnyIn("axb").ShouldBeFalse();
    }

    [Test]
    public void No_phrases_match_nothing()
    {
        var none = new DangerPhrases(["  ", ""]);
        none.IsEmpty.ShouldBeTrue();
        none.AnyIn("I want to die").ShouldBeFalse();
    }

    [Test]
    public void A_huge_hostile_post_is_checked_in_one_pass()
    {
        var flood = string.Concat(Enumerable.Repeat("kill myselg want to di ", 20_000)) + "kill myself";
        Phrases.AnyIn(flood).ShouldBeTrue();
    }
}
