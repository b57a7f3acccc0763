using Forum.Domain;
using Forum.Domain.Pseudonyms;
using Forum.Domain.Safety;
using Forum.Domain.Threads;
using Forum.Tests.Infrastructure;

namespace Forum.Tests.Unit;

[Category("Unit")]
public sealed class OwnPostRulesTests
{
    private static (ForumThread Thread, Pseudonym Writer) StoryBy()
    {
        var writer = Builders.Pseudonym();
        return (ForumThread.Start(Builders.Room(), writer, "A title", Builders.Body(), Builders.Now), writer);
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
    public void A_banned_writer_cannot_edit_but_can_still_delete()
    {
        var (thread, writer) = StoryBy();
        writer.Ban(Builders.Now, until: null);
        Should.Throw<DomainRuleException>(() => thread.Edit(writer, "New title", Builders.Body("x"), ContentWarningSet.None, Builders.Now))
            .Message.ShouldBe(Pseudonym.BannedMessage(null));
        thread.DeleteByWriter(writer.Id, Builders.Now);
        (thread.Title, thread.BodySource, thread.BodyHtml, thread.Slug).ShouldBe(("", "", "", ForumThread.DeletedSlug));
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
