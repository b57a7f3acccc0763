using Forum.Domain.Stories;
using Forum.Web.Forms;

namespace Forum.Tests.Unit;

[Category("Unit")]
public sealed class ValidatorTests
{
    private static readonly StoryDraftValidator Stories = new();
    private static readonly ReplyDraftValidator Replies = new();

    private static StoryDraft Draft(string title = "A hard week", string body = "Some words.", string room = "anxiety") =>
        new() { Title = title, Body = body, Room = room };

    [Test]
    public void A_good_draft_passes() => Stories.Validate(Draft()).IsValid.ShouldBeTrue();

    [TestCase(2, false)]
    [TestCase(3, true)]
    [TestCase(200, true)]
    [TestCase(201, false)]
    public void Title_length_is_three_to_two_hundred(int length, bool valid)
    {
        var result = Stories.Validate(Draft(title: new string('t', length)));
        result.IsValid.ShouldBe(valid);
        if (!valid) result.Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("Title");
    }

    [TestCase("")]
    [TestCase("     ")]
    [TestCase("\t\n \r\n")]
    [TestCase("\u00a0\u2003")]
    public void Whitespace_only_counts_as_empty(string blank)
    {
        var result = Stories.Validate(Draft(title: blank, body: blank));
        result.Errors.Select(e => e.PropertyName).ShouldBe(["Title", "Body"], ignoreOrder: true);
        Replies.Validate(new ReplyDraft { Body = blank }).IsValid.ShouldBeFalse();
    }

    [Test]
    public void Padding_does_not_make_a_short_title_long_enough() =>
        Stories.Validate(Draft(title: "  ab  ")).IsValid.ShouldBeFalse();

    [TestCase(1, true)]
    [TestCase(PostBody.MaxLength, true)]
    [TestCase(PostBody.MaxLength + 1, false)]
    public void Body_length_is_one_to_forty_thousand(int length, bool valid)
    {
        Stories.Validate(Draft(body: new string('b', length))).IsValid.ShouldBe(valid);
        Replies.Validate(new ReplyDraft { Body = new string('b', length) }).IsValid.ShouldBe(valid);
    }

    [Test]
    public void An_over_long_body_names_the_limit()
    {
        var error = Replies.Validate(new ReplyDraft { Body = new string('b', PostBody.MaxLength + 5) }).Errors.ShouldHaveSingleItem();
        error.ErrorMessage.ShouldContain("40,000");
        error.ErrorMessage.ShouldContain("40,005");
    }

    // Whether the room exists is the route's to say: posting to an unknown room is a 404 (WritingTests).
    [TestCase("")]
    [TestCase("   ")]
    public void A_room_must_be_chosen(string room) =>
        Stories.Validate(Draft(room: room)).Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("Room");

    [Test]
    public void The_title_limit_is_the_entity_limit() => Story.TitleMaxLength.ShouldBe(200);
}
