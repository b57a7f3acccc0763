using Forum.Domain.Stories;

namespace Forum.Tests.Unit;

[Category("Unit")]
public sealed class OwnPostRulesTests
{
    private static (Story Story, Pseudonym Writer) StoryBy()
    {
        var writer = Builders.Pseudonym();
        return (Story.Start(Builders.Room(), writer, "A title", Builders.Body(), Builders.Now), writer);
    }

    [Test]
    public void Only_the_writer_can_edit_or_delete_a_story()
    {
        var (thread, _) = StoryBy();
        var someoneElse = Builders.Pseudonym("Other Person 3");
        Should.Throw<DomainRuleException>(() => thread.Edit(someoneElse, "New title", Builders.Body("x"), ContentWarningSet.None, Builders.Now))
            .Message.ShouldContain("Only the person who wrote this story");
        Should.Throw<DomainRuleException>(() => thread.DeleteByWriter(someoneElse.Id, Builders.Now));
        thread.Title.ShouldBe("A title");
    }

    [Test]
    public void An_edit_keeps_the_warnings_moderators_added_and_lets_the_writer_change_their_own()
    {
        var (thread, writer) = StoryBy();
        thread.Edit(writer, "A title", Builders.Body("x"), ContentWarningSet.Of([ContentWarning.Relapse]), Builders.Now);
        thread.AddContentWarnings(ContentWarningSet.Of([ContentWarning.SelfHarm], "graphic detail"));

        thread.Edit(writer, "A title", Builders.Body("y"), ContentWarningSet.None, Builders.Now);

        thread.Warnings.Categories.ShouldBe([ContentWarning.SelfHarm, ContentWarning.Other], ignoreOrder: true);
        thread.Warnings.OtherLabel.ShouldBe("graphic detail");
    }

    [Test]
    public void A_reply_edit_keeps_the_warnings_moderators_added()
    {
        var (thread, _) = StoryBy();
        var replier = Builders.Pseudonym("Replier 8");
        var reply = thread.AddReply(replier, Builders.Body(), Builders.Now);
        reply.AddContentWarnings(ContentWarningSet.Of([ContentWarning.DeathAndGrief]));

        reply.Edit(replier, Builders.Body("changed"), ContentWarningSet.Of([ContentWarning.Relapse]), Builders.Now);

        reply.Warnings.Categories.ShouldBe([ContentWarning.Relapse, ContentWarning.DeathAndGrief], ignoreOrder: true);
    }

    [Test]
    public void A_banned_writer_cannot_edit_but_can_still_delete()
    {
        var (thread, writer) = StoryBy();
        writer.Ban(Builders.Now, until: null);
        Should.Throw<DomainRuleException>(() => thread.Edit(writer, "New title", Builders.Body("x"), ContentWarningSet.None, Builders.Now))
            .Message.ShouldBe(Pseudonym.BannedMessage(null));
        thread.DeleteByWriter(writer.Id, Builders.Now);
        (thread.Title, thread.BodySource, thread.BodyHtml, thread.Slug).ShouldBe(("", "", "", Story.DeletedSlug));
    }

    [Test]
    public void A_deleted_story_takes_no_replies_and_no_second_delete()
    {
        var (thread, writer) = StoryBy();
        thread.DeleteByWriter(writer.Id, Builders.Now);
        Should.Throw<DomainRuleException>(() => thread.AddReply(Builders.Pseudonym("Replier 5"), Builders.Body(), Builders.Now));
        Should.Throw<DomainRuleException>(() => thread.DeleteByWriter(writer.Id, Builders.Now)).Message.ShouldContain("already been deleted");
    }
}
