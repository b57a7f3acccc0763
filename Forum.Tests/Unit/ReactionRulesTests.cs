using Forum.Domain.Reactions;

namespace Forum.Tests.Unit;

[Category("Unit")]
public sealed class ReactionRulesTests
{
    [Test]
    public void A_story_takes_a_familiar_reaction_from_a_pseudonym()
    {
        var thread = Builders.Story();
        var reader = Builders.Pseudonym("Gentle Moth 19");

        var reaction = thread.React(reader, Builders.Now);

        reaction.PostKind.ShouldBe(PostKind.Story);
        reaction.PostId.ShouldBe(thread.Id);
        reaction.PseudonymId.ShouldBe(reader.Id);
        reaction.Kind.ShouldBe(ReactionKind.Familiar);
    }

    [Test]
    public void A_removed_story_refuses_reactions_and_taking_them_back()
    {
        var thread = Builders.Story();
        thread.Remove(Builders.Now, "Breaks the guidelines");

        Should.Throw<DomainRuleException>(() => thread.React(Builders.Pseudonym(), Builders.Now)).Message.ShouldContain("removed");
        Should.Throw<DomainRuleException>(() => thread.TakeBackReaction(Builders.Pseudonym())).Message.ShouldContain("removed");
    }

    [Test]
    public void A_reply_takes_a_reaction_but_not_once_its_story_is_removed()
    {
        var thread = Builders.Story();
        var reply = thread.AddReply(Builders.Pseudonym(), Builders.Body(), Builders.Now);

        reply.React(Builders.Pseudonym("Soft Rain 21"), Builders.Now).PostKind.ShouldBe(PostKind.Reply);

        thread.Remove(Builders.Now, "Breaks the guidelines");
        Should.Throw<DomainRuleException>(() => reply.React(Builders.Pseudonym(), Builders.Now)).Message.ShouldContain("story this reply belongs to");
    }

    [TestCase(PostKind.Story, "thread")]
    [TestCase(PostKind.Reply, "reply")]
    public void Post_kinds_are_spelled_the_same_way_both_ways(PostKind kind, string text)
    {
        PostKindText.Codes.Of(kind).ShouldBe(text);
        PostKindText.Codes.TryParse(text, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(kind);
    }

    [TestCase("Story")]
    [TestCase("threads")]
    [TestCase("")]
    [TestCase(null)]
    public void Anything_else_is_not_a_kind_of_post(string? text) => PostKindText.Codes.TryParse(text, out _).ShouldBeFalse();

    [Test]
    public void Reaction_kinds_round_trip() =>
        Enum.GetValues<ReactionKind>().ShouldAllBe(kind => ReactionKindText.Codes.Parse(ReactionKindText.Codes.Of(kind)) == kind);
}
