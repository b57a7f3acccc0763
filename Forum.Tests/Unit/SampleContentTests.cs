using Forum.Domain.Stories;
using Forum.Tools.Sample;
using Forum.Web.Verbs;

namespace Forum.Tests.Unit;

/// <summary>The sample texts and names, checked without a database: marked, within limits, and never a person's.</summary>
[Category("Unit")]
public sealed class SampleContentTests
{
    private static readonly string[] SeededRooms = ["anxiety", "depression", "addiction-recovery", "grief-loss", "relationships", "loneliness", "general"];

    [TestCase("Sample writer 3")]
    [TestCase("sample  WRITER 99")]
    [TestCase("SampleWriter")]
    [TestCase("The Sample-Writer")]
    public void Nobody_can_choose_a_sample_writer_name(string name) =>
        Should.Throw<Forum.Domain.DomainRuleException>(() => Pseudonym.Create(name, PseudonymSecret.New(), DateTimeOffset.UnixEpoch));

    [Test]
    public void The_forum_itself_can_use_every_sample_writer_name() =>
        SampleWriters.Names.ShouldAllBe(name => PseudonymName.Refusal(name, true) == null);

    [Test]
    public void The_site_does_not_know_the_command_and_says_so() =>
        CommandLineVerbs.Unknown(["sample"]).ShouldNotBeNull().ShouldContain("Unknown command \"sample\"");

    [Test]
    public void Every_story_fits_the_forum_and_every_room_has_some()
    {
        var stories = SampleStories.All;
        stories.Select(s => s.Room).Distinct().Order().ShouldBe(SeededRooms.Order());
        stories.Select(s => s.Title).Distinct().Count().ShouldBe(stories.Count, "titles tell resumed runs which stories are there");
        foreach (var story in stories)
        {
            SampleMarks.Title(story.Title).Length.ShouldBeLessThanOrEqualTo(Story.TitleMaxLength);
            SampleMarks.StoryBody(story.Body).Length.ShouldBeLessThanOrEqualTo(PostBody.MaxLength);
            story.Body.ShouldNotContain("Sample", Case.Sensitive, "the marks are added in one place");
            story.Warnings.ShouldNotBeNull(story.Title);
            story.Writer.ShouldBeInRange(1, SampleWriters.Count);
            story.Familiar.ShouldBeInRange(0, SampleWriters.Count - 1);
            story.Replies.ShouldAllBe(r => r.Writer >= 1 && r.Writer <= SampleWriters.Count && r.Familiar < SampleWriters.Count && r.HoursAfter > 0);
        }
        stories.Count(s => s.Body.Split("\n\n").Length >= 5).ShouldBeGreaterThanOrEqualTo(4, "a few long stories, as people write them");
        stories.ShouldContain(s => s.Replies.Count == 0, "some wait for a first reply");
    }

    [Test]
    public void Nobody_finds_their_own_post_familiar_and_nobody_twice()
    {
        for (var writer = 1; writer <= SampleWriters.Count; writer++)
        {
            var from = SampleWriters.FamiliarFrom(writer, SampleWriters.Count - 1).ToList();
            from.ShouldNotContain(writer);
            from.ShouldBeUnique();
            from.Count.ShouldBe(SampleWriters.Count - 1);
        }
    }

    [Test]
    public void The_marks_say_plainly_that_no_one_real_wrote_it()
    {
        SampleMarks.StoryBody("My week.").ShouldEndWith("It isn't a real person's story.*");
        SampleMarks.ReplyBody("Same here.").ShouldEndWith("not a real person's words.*");
        SampleMarks.Title("A title").ShouldBe("Sample: A title");
    }
}
