using Forum.Domain.Stories;

namespace Forum.Tests.Unit;

[Category("Unit")]
public sealed class StoryTests
{
    [Test]
    public void Starting_a_thread_trims_the_title_and_derives_the_slug()
    {
        var thread = Story.Start(Builders.Room(), Builders.Pseudonym(), "  Panic at 2 a.m.  ", Builders.Body(), Builders.Now);

        thread.Title.ShouldBe("Panic at 2 a.m.");
        thread.Slug.ShouldBe("panic-at-2-a-m");
        thread.LastActivityAt.ShouldBe(Builders.Now);
        thread.ReplyCount.ShouldBe(0);
    }

    [Test]
    public void A_reply_leaves_the_count_and_the_last_activity_to_the_database()
    {
        var thread = Builders.Story();
        var later = Builders.Now.AddHours(3);

        var reply = thread.AddReply(Builders.Pseudonym("Kind Otter 44"), Builders.Body("This feels familiar."), later);

        // The triggers count it as it is saved (StoryWriterTests, ReplyCountTests); the entity pretends nothing.
        (thread.ReplyCount, thread.LastActivityAt).ShouldBe((0, Builders.Now));
        reply.CreatedAt.ShouldBe(later);
        reply.BodySource.ShouldBe("This feels familiar.");
    }

    [Test]
    public void A_locked_thread_refuses_replies_and_counts_nothing()
    {
        var thread = Builders.Story();
        thread.Lock("Cooling off.");

        var refusal = Should.Throw<DomainRuleException>(() => thread.AddReply(Builders.Pseudonym(), Builders.Body(), Builders.Now));

        refusal.Message.ShouldContain("closed to new replies");
        thread.ReplyCount.ShouldBe(0);
    }

    [Test]
    public void A_removed_thread_refuses_replies()
    {
        var thread = Builders.Story();
        thread.Remove(Builders.Now, "Breaks the guidelines");

        Should.Throw<DomainRuleException>(() => thread.AddReply(Builders.Pseudonym(), Builders.Body(), Builders.Now));
        thread.ReplyCount.ShouldBe(0);
    }

    [Test]
    public void Illegal_state_changes_fail_loudly_instead_of_doing_nothing()
    {
        var thread = Builders.Story();
        Should.Throw<DomainRuleException>(() => thread.Unlock());
        thread.Lock("reason");
        Should.Throw<DomainRuleException>(() => thread.Lock("again"));
        thread.Remove(Builders.Now, "Breaks the guidelines");
        Should.Throw<DomainRuleException>(() => thread.Remove(Builders.Now, "Breaks the guidelines"));
    }

    [TestCase("ab")]
    [TestCase("   ab   ")]
    [TestCase("")]
    public void Too_short_a_title_is_refused(string title) =>
        Should.Throw<DomainRuleException>(() => Story.Start(Builders.Room(), Builders.Pseudonym(), title, Builders.Body(), Builders.Now));

    [Test]
    public void Too_long_a_title_is_refused() =>
        Should.Throw<DomainRuleException>(() =>
            Story.Start(Builders.Room(), Builders.Pseudonym(), new string('a', Story.TitleMaxLength + 1), Builders.Body(), Builders.Now));

    [Test]
    public void A_rerendering_must_come_from_the_posts_own_source()
    {
        var thread = Builders.Story();
        Should.Throw<DomainRuleException>(() => thread.Rerender(Builders.Body("something else entirely")));
        thread.Rerender(Builders.Body());
        thread.BodySource.ShouldBe(Builders.Body().Source);
    }
}
