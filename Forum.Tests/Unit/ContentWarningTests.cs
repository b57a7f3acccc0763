using Forum.Domain.Stories;
using Forum.Web.Forms;
using Forum.Web.Safety;

namespace Forum.Tests.Unit;

[Category("Unit")]
public sealed class ContentWarningTests
{
    [Test]
    public void A_set_keeps_the_fixed_order_without_repeats_whatever_order_they_were_ticked_in()
    {
        var set = ContentWarningSet.FromCodes(["relapse", "suicide", "relapse"]);

        set.Categories.ShouldBe([ContentWarning.Suicide, ContentWarning.Relapse]);
        set.Codes.ShouldBe(["suicide", "relapse"]);
        set.Names.ShouldBe(["Suicide", "Relapse"]);
        set.ShouldBe(ContentWarningSet.FromCodes(["suicide", "relapse"]));
    }

    [Test]
    public void Something_else_needs_words_and_words_mean_something_else()
    {
        Should.Throw<DomainRuleException>(() => ContentWarningSet.FromCodes(["other"], "   "))
            .Message.ShouldContain("a few words");

        var labelled = ContentWarningSet.FromCodes([], "  hospital \n stays ");
        labelled.Categories.ShouldBe([ContentWarning.Other]);
        labelled.OtherLabel.ShouldBe("hospital stays");
        labelled.Names.ShouldBe(["hospital stays"]);
    }

    [TestCase("\0\u0007 bells \u200B")]
    [TestCase("\uD800 lone half")]
    public void A_label_is_made_storable_and_loses_control_characters(string label)
    {
        var cleaned = ContentWarningSet.CleanLabel(label)!;
        cleaned.ShouldNotContain('\0');
        cleaned.ShouldNotContain('\u0007');
        cleaned.Any(char.IsSurrogate).ShouldBeFalse();
    }

    [Test]
    public void An_unknown_code_or_an_overlong_label_is_refused()
    {
        Should.Throw<DomainRuleException>(() => ContentWarningSet.FromCodes(["suicide", "<script>"]));
        Should.Throw<DomainRuleException>(() => ContentWarningSet.FromCodes([], new string('x', ContentWarningSet.LabelMaxLength + 1)));
        ContentWarningSet.FromCodes([], new string('x', ContentWarningSet.LabelMaxLength)).OtherLabel!.Length.ShouldBe(ContentWarningSet.LabelMaxLength);
    }

    [Test]
    public void A_room_that_asks_for_warnings_refuses_a_story_or_reply_without_one()
    {
        var room = Builders.Room("relapse-stories");
        room.Change("Relapse stories", "Slips and starting again.", requiresContentWarnings: true, feedEnabled: true);

        Should.Throw<DomainRuleException>(() => Story.Start(room, Builders.Pseudonym(), "Day one again", Builders.Body(), Builders.Now))
            .Message.ShouldContain("at least one content warning");
        var thread = Story.Start(room, Builders.Pseudonym(), "Day one again", Builders.Body(), Builders.Now, ContentWarningSet.FromCodes(["relapse"]));
        thread.ContentWarnings.ShouldBe(["relapse"]);

        Should.Throw<DomainRuleException>(() => thread.AddReply(Builders.Pseudonym(), Builders.Body(), Builders.Now));
        thread.ReplyCount.ShouldBe(0);
        var reply = thread.AddReply(Builders.Pseudonym(), Builders.Body(), Builders.Now, ContentWarningSet.FromCodes([], "hospital"));
        reply.Warnings.Names.ShouldBe(["hospital"]);
    }

    [Test]
    public void A_moderator_adds_warnings_without_rewriting_the_writers_own()
    {
        var thread = Story.Start(Builders.Room(), Builders.Pseudonym(), "Long night", Builders.Body(), Builders.Now,
            ContentWarningSet.FromCodes(["relapse"], "a hospital stay"));

        thread.AddContentWarnings(ContentWarningSet.FromCodes(["suicide", "other"], "moderator's words"));

        thread.ContentWarnings.ShouldBe(["suicide", "relapse", "other"]);
        thread.ContentWarningLabel.ShouldBe("a hospital stay");
        Should.Throw<DomainRuleException>(() => thread.AddContentWarnings(ContentWarningSet.FromCodes(["suicide"])))
            .Message.ShouldContain("already carries");

        var reply = thread.AddReply(Builders.Pseudonym(), Builders.Body(), Builders.Now);
        reply.AddContentWarnings(ContentWarningSet.FromCodes(["self-harm"]));
        reply.ContentWarnings.ShouldBe(["self-harm"]);
    }

    [Test]
    public void The_composer_rules_name_the_field_that_is_wrong()
    {
        var validator = new ReplyDraftValidator();

        validator.Validate(new ReplyDraft { Body = "ok", Warnings = ["suicide", "relapse"] }).IsValid.ShouldBeTrue();
        validator.Validate(new ReplyDraft { Body = "ok", Warnings = ["made-up"] }).Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("Warnings");
        validator.Validate(new ReplyDraft { Body = "ok", Warnings = ["other"] }).Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("WarningLabel");
        validator.Validate(new ReplyDraft { Body = "ok", WarningLabel = new string('x', 41) }).Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("WarningLabel");
        validator.Validate(new ReplyDraft { Body = "ok", Warnings = null!, WarningLabel = null! }).IsValid.ShouldBeTrue();
    }

    [TestCase(null, new string[0])]
    [TestCase("", new string[0])]
    [TestCase("relapse", new[] { "relapse" })]
    [TestCase("death-grief.relapse.relapse", new[] { "relapse", "death-grief" })]
    [TestCase("relapse..<script>.%00.suicide", new[] { "suicide", "relapse" })]
    [TestCase("RELAPSE", new string[0])]
    public void A_preferences_cookie_is_read_for_what_it_validly_says(string? value, string[] shown) =>
        WarningPreferences.Parse(value).Order().Select(ContentWarningText.Codes.Of).ShouldBe(shown);

    [Test]
    public void An_oversized_preferences_cookie_is_ignored_whole()
    {
        WarningPreferences.Parse(string.Join('.', Enumerable.Repeat("relapse", 40))).ShouldBeEmpty();
        WarningPreferences.Format(new HashSet<ContentWarning>(ContentWarningText.Codes.All)).Length.ShouldBeLessThan(200);
    }
}
