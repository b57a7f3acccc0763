using Forum.Domain.Safety.Risk;

namespace Forum.Tests.Unit;

/// <summary>
/// Each family the detector must hear, and each it must leave alone, written here (not taken from the evaluation set).
/// The patterns alone are asserted where they should suffice, so these hold on a host without the model too.
/// </summary>
[Category("Unit")]
public sealed class RiskDetectorTests
{
    private static readonly RiskDetector Patterns = new([], useModel: false);

    private static RiskBand Band(string text) => Patterns.Assess([text]);

    [TestCase("I want to die")]
    [TestCase("i want to kill myself tonight")]
    [TestCase("I’m going to end my life")]
    [TestCase("I cannot go on, I want to be dead")]
    [TestCase("i dont want to be alive anymore")]
    [TestCase("I'm ready to stop existing")]
    public void Plain_words_of_wanting_to_die_are_likely(string text) => Band(text).ShouldBe(RiskBand.Likely);

    [TestCase("kms")]
    [TestCase("gonna kms after work")]
    [TestCase("ready to ctb this weekend")]
    [TestCase("i keep thinking about unaliving myself")]
    [TestCase("i want to unalive so much")]
    [TestCase("the sewer slide thoughts are back")]
    [TestCase("im checking out. it was good knowing some of you")]
    [TestCase("not waking up tomorrow sounds good")]
    [TestCase("gonna catch the bus tonight, the last one")]
    [TestCase("kys is what my head says and today i think ill listen")]
    public void Slang_is_heard(string text) => Band(text).ShouldNotBe(RiskBand.None);

    [TestCase("i wnat to diee")]
    [TestCase("gonna kil mysefl")]
    [TestCase("im sucidal again")]
    [TestCase("I WANT TO DIEEEEE")]
    [TestCase("i want to die soooo badly")]
    [TestCase("thinkng about killng myslef")]
    public void Typos_and_emphasis_are_read_through(string text) => Band(text).ShouldNotBe(RiskBand.None);

    [TestCase("cant do this anymore i want it all to stop for good and nobody would even miss me i have the pills right here")]
    [TestCase("work was awful and then i came home and i think tonight i will end it all")]
    public void Run_ons_without_punctuation_are_read(string text) => Band(text).ShouldBe(RiskBand.Likely);

    [TestCase("my family would be better off without me")]
    [TestCase("I've been saving up my tablets for weeks")]
    [TestCase("bought some rope on the way home")]
    [TestCase("i've worked out how and when")]
    [TestCase("sat in the car in the garage with the door shut and the engine running")]
    [TestCase("this is my last post here")]
    [TestCase("You won't hear from me again. Goodbye everyone")]
    [TestCase("been giving my things away to my friends all week")]
    [TestCase("cutting myself right now and i dont want to stop")]
    [TestCase("i hope i dont wake up tomorrow")]
    [TestCase("stood on the bridge for an hour tonight")]
    public void Burden_plans_means_goodbyes_and_self_harm_now_pause(string text) => Band(text).ShouldNotBe(RiskBand.None);

    [TestCase("Three years ago I wanted to die. Today I ran a half marathon.")]
    [TestCase("I used to cut myself when I was a teenager, now I teach art.")]
    [TestCase("back in 2015 i tried to kill myself, and i'm so glad i'm still here")]
    public void The_past_does_not_pause(string text) => Band(text).ShouldBe(RiskBand.None);

    [TestCase("My friend said she wants to kill herself, what should I do?")]
    [TestCase("my brother keeps saying he wants to die, how do i help him")]
    [TestCase("a mate told me he'd be better off dead")]
    [TestCase("My colleague has been giving away her things and saying goodbye to people, what do I do?")]
    [TestCase("As a nurse I ask every patient if they have had thoughts of suicide")]
    public void Other_people_do_not_pause(string text) => Band(text).ShouldBe(RiskBand.None);

    [TestCase("No thoughts of hurting myself, just sad since the breakup")]
    [TestCase("I want to drink so badly but I'm not going to hurt myself")]
    [TestCase("Saying goodbye to this forum, I'm doing well and need less screen time")]
    [TestCase("kms was my most used word in 2019, now I'm at college and okay")]
    public void Denials_recoveries_and_benign_goodbyes_do_not_pause(string text) => Band(text).ShouldBe(RiskBand.None);

    [TestCase("if he leaves me i will kill myself")]
    [TestCase("I'm not sure anyone would notice if I killed myself")]
    public void A_condition_or_a_doubt_before_the_words_still_pauses(string text) => Band(text).ShouldNotBe(RiskBand.None);

    [TestCase("\"I want to die\" is a line from the film we watched")]
    [TestCase("that song about wanting to kill yourself came on the radio")]
    [TestCase("If you're thinking of ending your life tonight, please call a line")]
    public void Quotations_songs_and_advice_do_not_pause(string text) => Band(text).ShouldBe(RiskBand.None);

    [TestCase("this commute is killing me")]
    [TestCase("the brownies here are to die for")]
    [TestCase("my phone died on the train")]
    [TestCase("I died five times to the last boss in that game")]
    [TestCase("killed it at the interview today!")]
    [TestCase("I'm dying to see the new film")]
    [TestCase("my feet are killing me after the walk")]
    [TestCase("I could kill for a pizza right now")]
    [TestCase("Made soup and went for a walk. A good day.")]
    [TestCase("")]
    public void Idioms_and_ordinary_days_do_not_pause(string text) => Band(text).ShouldBe(RiskBand.None);

    // Round 7, from the parts held out until round 6: a denial a few words back, someone else's words right before, a
    // span of life gone by, a plan made with help, a disappearance with an end, gratitude, a goodbye that will check back.
    [TestCase("Flat on the new meds, not in a scary way, I'm not having any dark thoughts about hurting myself")]
    [TestCase("There was never any thought of ending things, I should say")]
    [TestCase("I'm not writing because I want to die. The evenings are just long")]
    [TestCase("a lad in my class who says kill myself every time he gets a bad mark")]
    [TestCase("I hurt myself all through my teens and I'm a nurse now")]
    [TestCase("I was suicidal for most of my twenties")]
    [TestCase("Three winters ago I was planning how not to be here by January")]
    [TestCase("I want to disappear under the duvet for a week")]
    [TestCase("I get these sudden awful images of cutting myself when I hold a knife")]
    [TestCase("I know the signs now and I have a plan, including who to call")]
    [TestCase("I'd be dead without that meeting")]
    [TestCase("Thank you all, I'll check back in at a year")]
    public void Denials_spans_of_the_past_safety_plans_and_bounded_leavings_do_not_pause(string text) => Band(text).ShouldBe(RiskBand.None);

    [TestCase("I'm in my thirties and I want to die")]
    [TestCase("i have a plan")]
    [TestCase("I want to disappear forever")]
    [TestCase("Thank you all, I won't be back")]
    [TestCase("she says she loves me but I'm not having any of it, I want to die")]
    public void Their_neighbours_still_pause(string text) => Band(text).ShouldNotBe(RiskBand.None);

    [Test]
    public void Any_field_can_carry_the_risk() =>
        Patterns.Assess(["A title", "and a body where I want to die"]).ShouldBe(RiskBand.Likely);

    [Test]
    public void Phrases_an_operator_adds_are_clear_signs()
    {
        var detector = new RiskDetector(["walk into the woods forever"], useModel: false);
        detector.Assess(["I will walk into the woods forever"]).ShouldBe(RiskBand.Likely);
        Patterns.Assess(["I will walk into the woods"]).ShouldBe(RiskBand.None);
    }

    [Test]
    public void A_huge_hostile_post_is_read_in_one_pass_and_paused_if_anything_in_it_is_risk()
    {
        var flood = string.Concat(Enumerable.Repeat("kill myselg want to di ", 20_000)) + ". i want to kill myself";
        Patterns.Assess([flood]).ShouldBe(RiskBand.Likely);
    }

    [Test]
    public void Switched_off_the_model_is_never_loaded() => Patterns.ModelStatus.ShouldBe(RiskModelStatus.Off);
}
