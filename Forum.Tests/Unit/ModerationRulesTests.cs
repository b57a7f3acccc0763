using Forum.Domain.Stories;

namespace Forum.Tests.Unit;

/// <summary>The rules moderation changes live by, on the entities themselves.</summary>
[Category("Unit")]
public sealed class ModerationRulesTests
{
    [Test]
    public void A_banned_name_can_start_nothing_reply_to_nothing_and_react_to_nothing_until_the_ban_ends()
    {
        var thread = Builders.Story();
        var banned = Builders.Pseudonym("Loud Crow 1");
        banned.Ban(Builders.Now, Builders.Now.AddDays(7));

        Should.Throw<DomainRuleException>(() => Story.Start(Builders.Room(), banned, "Hello again", Builders.Body(), Builders.Now))
            .Message.ShouldContain("You can still read everything");
        Should.Throw<DomainRuleException>(() => thread.AddReply(banned, Builders.Body(), Builders.Now.AddDays(1)));
        Should.Throw<DomainRuleException>(() => thread.React(banned, Builders.Now.AddDays(6)));
        thread.ReplyCount.ShouldBe(0);

        thread.React(banned, Builders.Now.AddDays(7)).PseudonymId.ShouldBe(banned.Id);
    }

    [Test]
    public void A_ban_for_good_has_no_end_and_a_second_ban_or_a_needless_unban_fail_loudly()
    {
        var pseudonym = Builders.Pseudonym();
        Should.Throw<DomainRuleException>(() => pseudonym.Unban(Builders.Now));
        Should.Throw<DomainRuleException>(() => pseudonym.Ban(Builders.Now, Builders.Now.AddMinutes(-1)));
        pseudonym.Ban(Builders.Now, until: null);
        pseudonym.IsBanned(Builders.Now.AddYears(50)).ShouldBeTrue();
        Should.Throw<DomainRuleException>(() => pseudonym.Ban(Builders.Now, null));
        pseudonym.Unban(Builders.Now);
        pseudonym.IsBanned(Builders.Now).ShouldBeFalse();
    }

    [Test]
    public void Badges_are_given_and_taken_once_and_every_change_moves_the_version()
    {
        var pseudonym = Builders.Pseudonym();
        var version = pseudonym.ModerationVersion;
        pseudonym.GrantBadge(VerifiedBadge.Professional);
        Should.Throw<DomainRuleException>(() => pseudonym.GrantBadge(VerifiedBadge.Professional));
        pseudonym.RevokeBadge();
        Should.Throw<DomainRuleException>(() => pseudonym.RevokeBadge());
        pseudonym.ModerationVersion.ShouldBe(version + 2);
    }

    [Test]
    public void Lock_needs_a_reason_and_pin_move_and_restore_refuse_changes_that_change_nothing()
    {
        var thread = Builders.Story();
        Should.Throw<DomainRuleException>(() => thread.Lock("  "));
        Should.Throw<DomainRuleException>(() => thread.Unpin());
        thread.Pin();
        Should.Throw<DomainRuleException>(() => thread.Pin());
        Should.Throw<DomainRuleException>(() => thread.Restore());
        Should.Throw<DomainRuleException>(() => thread.MoveTo(thread.Room!));
        thread.Remove(Builders.Now, "spam");
        thread.RemovalReason.ShouldBe("spam");
        thread.Restore();
        thread.IsRemoved.ShouldBeFalse();
        thread.RemovalReason.ShouldBeNull();
    }

    [Test]
    public void A_held_reply_is_published_once_approved_and_a_held_story_takes_no_replies()
    {
        var thread = Builders.Story();
        var reply = thread.AddReply(Builders.Pseudonym(), Builders.Body(), Builders.Now.AddMinutes(1), holdForReview: true);
        reply.IsHeld.ShouldBeTrue();
        thread.ReplyCount.ShouldBe(0);
        Should.Throw<DomainRuleException>(() => reply.React(Builders.Pseudonym("Other Name 2"), Builders.Now));

        reply.Approve();
        reply.IsHeld.ShouldBeFalse();
        Should.Throw<DomainRuleException>(() => reply.Approve());

        var held = Builders.Story("Held story");
        held.HoldForReview(Builders.Now);
        Should.Throw<DomainRuleException>(() => held.AddReply(Builders.Pseudonym(), Builders.Body(), Builders.Now)).Message.ShouldContain("waiting");
        held.Reject(Builders.Now, "Not for this forum");
        (held.IsRemoved, held.IsHeld).ShouldBe((true, true), "still marked as never published");
        Should.Throw<DomainRuleException>(() => held.Approve());
    }

    [Test]
    public void A_log_entry_keeps_the_reason_and_a_short_detail_and_never_more()
    {
        var entry = ModerationLogEntry.Record(3, ModerationActions.MoveStory, ModerationTarget.Story(9), ModerationReason.From("fits better"),
            Builders.Now, new string('d', 500));
        entry.Detail!.Length.ShouldBe(ModerationLogEntry.DetailMaxLength);
        (entry.TargetKind, entry.TargetId, entry.PseudonymId).ShouldBe(("thread", 9L, (Guid?)null));
    }

    [Test]
    public void A_story_without_a_warning_cannot_be_moved_into_a_room_that_asks_every_story_for_one()
    {
        var thread = Builders.Story();
        var strict = Builders.Room("self-harm");
        strict.Change("Self-harm", "Hurting yourself, and getting through the urge.", requiresContentWarnings: true, feedEnabled: true);
        typeof(Forum.Domain.Rooms.Room).GetProperty(nameof(strict.Id))!.SetValue(strict, thread.RoomId + 1); // as the database would number it

        Should.Throw<DomainRuleException>(() => thread.MoveTo(strict)).Message.ShouldContain("content warning");
        thread.RoomId.ShouldNotBe(strict.Id);
        thread.ModerationVersion.ShouldBe(0);

        thread.AddContentWarnings(Forum.Domain.Safety.ContentWarningSet.FromCodes(["self-harm"], null));
        thread.MoveTo(strict);
        thread.Room.ShouldBe(strict);
    }

    [Test]
    public void Warnings_that_add_nothing_are_refused_without_touching_the_moderators_own_set()
    {
        var thread = Builders.Story();
        var relapse = Forum.Domain.Safety.ContentWarningSet.FromCodes(["relapse"], null);
        thread.AddContentWarnings(relapse);

        Should.Throw<DomainRuleException>(() => thread.AddContentWarnings(relapse));
        thread.ModeratorWarnings.ShouldBe(relapse);
        thread.ModerationVersion.ShouldBe(1);
    }

    [Test]
    public void A_story_and_a_reply_refuse_in_the_same_words_each_naming_itself()
    {
        var thread = Builders.Story();
        var reply = thread.AddReply(Builders.Pseudonym("Kind Heron 4"), Builders.Body(), Builders.Now);
        thread.Remove(Builders.Now, "Breaks the guidelines");
        reply.Remove(Builders.Now, "Breaks the guidelines");

        Should.Throw<DomainRuleException>(() => thread.Remove(Builders.Now, "Again")).Message.ShouldBe("This story has already been removed.");
        Should.Throw<DomainRuleException>(() => reply.Remove(Builders.Now, "Again")).Message.ShouldBe("This reply has already been removed.");
    }

    [TestCase("spam", "spam.")]
    [TestCase("spam.", "spam.")]
    [TestCase("Really?", "Really?")]
    [TestCase("as they said “enough.”", "as they said “enough.”")]
    [TestCase("wait… ", "wait…")]
    public void A_reason_set_in_a_sentence_gets_one_full_stop(string reason, string sentence) =>
        ModerationReason.AsSentence(reason).ShouldBe(sentence);
}
