using Forum.Domain.Safety.Risk;

namespace Forum.Tests.Unit;

/// <summary>
/// A clear sign (the writer's own, now, said plainly) pauses whatever stands beside it, and its look-alikes (the past,
/// someone else, a joke, a quotation, a thought pushed away) do not pause at all. Round 4 let the model set a clear sign
/// aside, and a random word beside "Some nights I want to kill myself" swayed it (docs/decisions/0007, round 5).
/// </summary>
[Category("Unit")]
public sealed class RiskClearSignTests
{
    private static readonly RiskDetector Patterns = new([], useModel: false);

    // Random, but the same every run: a failure names the code word that broke it.
    private static IEnumerable<string> CodeWords()
    {
        var random = new Random(20261207);
        const string letters = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (var i = 0; i < 40; i++) yield return new string([.. Enumerable.Range(0, 8).Select(_ => letters[random.Next(letters.Length)])]);
    }

    [TestCaseSource(nameof(CodeWords))]
    public void Some_nights_I_want_to_kill_myself_pauses_beside_any_code_word(string code)
    {
        RiskModelTests.WithModel.Assess([$"Some nights I want to kill myself {code}"]).ShouldBe(RiskBand.Likely, code);
        RiskModelTests.WithModel.Assess([$"Some nights I want to kill myself, by the juniper gate {code}."]).ShouldBe(RiskBand.Likely, code);
    }

    [TestCase("I'm 90 days sober and I still want to die most nights")]
    [TestCase("My dad died by suicide when I was twelve, and tonight I want to kill myself too")]
    [TestCase("Everyone says I'm doing great at work. I want to die.")]
    [TestCase("Two years ago I tried and I promised never again, but I'm going to kill myself this weekend")]
    public void A_clear_sign_inside_misleading_context_pauses(string text)
    {
        Patterns.Assess([text]).ShouldBe(RiskBand.Likely);
        RiskModelTests.WithModel.Assess([text]).ShouldBe(RiskBand.Likely);
    }

    [TestCase("Two years ago I wanted to kill myself; today I'm 700 days clean")]
    [TestCase("Back then, thinking about killing myself felt like the only door. Now I run a support group.")]
    [TestCase("I remember sitting in the car thinking they'd be better off without me. I rang my sister instead.")]
    [TestCase("At 19 I overdosed on purpose. I'm 34 now with two kids and a garden.")]
    [TestCase("My friend said she wants to kill herself and I don't know what to do")]
    [TestCase("\"I want to die\" is what my dad said the night before he did it")]
    [TestCase("Died to fall damage in the final circle, I want to die haha")]
    [TestCase("The thought of killing myself pops up sometimes but I'd never act on it")]
    [TestCase("I get flashes of hurting myself when I chop vegetables. I would never.")]
    [TestCase("I have no wish to die and haven't for a long time")]
    [TestCase("I haven't self-harmed in nine years")]
    [TestCase("I'm three years free from self harm now")]
    [TestCase("I don't want to hurt myself or anyone, it's the OCD")]
    // Round 6: a complaint's hyperbole, a punchline after an ellipsis, a past told without a date.
    [TestCase("If the bus is late one more time I'm going to throw myself into the canal")]
    [TestCase("Tonight I'm finally going to end it... with my phone contract.")]
    [TestCase("I was in a bad way and thinking every day about ending my life. My sister moved in and we got through it.")]
    [TestCase("I'd got to the point of stockpiling tablets before my GP changed my prescription.")]
    public void Look_alikes_do_not_match(string text) => Patterns.Assess([text]).ShouldBe(RiskBand.None);

    [TestCase("I was fine this morning but now I want to die")]
    [TestCase("Last night I was thinking about killing myself again")]
    [TestCase("I'm going to end it. With my pills, tonight.")]
    [TestCase("If nothing changes I'm going to kill myself")]
    public void The_same_words_said_of_now_still_match(string text) => Patterns.Assess([text]).ShouldNotBe(RiskBand.None);
}
