using Forum.Web.Verbs;

namespace Forum.Tests.Unit;

[Category("Unit")]
public sealed class ModeratorRulesTests
{
    private static Moderator Account() => Moderator.Create("Sam", ModeratorRole.Moderator, "hash", Builders.Now);

    [Test]
    public void Changing_the_role_or_removing_the_account_ends_its_sessions()
    {
        var moderator = Account();
        var first = moderator.SecurityStamp;

        moderator.ChangeRole(ModeratorRole.Admin);
        moderator.SecurityStamp.ShouldNotBe(first);
        var second = moderator.SecurityStamp;

        moderator.Remove(Builders.Now);
        moderator.SecurityStamp.ShouldNotBe(second);
        moderator.IsActive.ShouldBeFalse();
        Should.Throw<DomainRuleException>(() => moderator.SignedIn(Builders.Now));
        Should.Throw<DomainRuleException>(() => moderator.Remove(Builders.Now));
    }

    [Test]
    public void A_role_change_to_the_same_role_says_so() =>
        Should.Throw<DomainRuleException>(() => Account().ChangeRole(ModeratorRole.Moderator)).Message.ShouldContain("already");

    [TestCase("")]
    [TestCase("ab")]
    [TestCase("   ")]
    public void A_moderator_name_needs_a_few_characters(string name) =>
        Should.Throw<DomainRuleException>(() => Moderator.Create(name, ModeratorRole.Moderator, "hash", Builders.Now));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   \n ")]
    public void An_action_without_a_reason_is_refused_with_a_message(string? reason) =>
        Should.Throw<DomainRuleException>(() => ModerationReason.From(reason)).Message.ShouldContain("reason");

    [Test]
    public void A_reason_is_trimmed_and_has_a_limit()
    {
        ModerationReason.From("  spam link  ").Text.ShouldBe("spam link");
        Should.Throw<DomainRuleException>(() => ModerationReason.From(new string('x', ModerationReason.MaxLength + 1))).Message.ShouldContain("500");
    }

    [TestCase(new[] { "add", "Sam" }, true, "Sam", ModeratorRole.Moderator)]
    [TestCase(new[] { "add", "Sam Lee", "--role", "admin" }, true, "Sam Lee", ModeratorRole.Admin)]
    [TestCase(new[] { "add", "Sam", "--role", "moderator" }, true, "Sam", ModeratorRole.Moderator)]
    [TestCase(new[] { "add" }, false, "", ModeratorRole.Moderator)]
    [TestCase(new[] { "add", "" }, false, "", ModeratorRole.Moderator)]
    [TestCase(new[] { "add", "--role", "admin" }, false, "", ModeratorRole.Moderator)]
    [TestCase(new[] { "add", "Sam", "--role", "owner" }, false, "", ModeratorRole.Moderator)]
    [TestCase(new[] { "add", "Sam", "hunter2hunter2" }, false, "", ModeratorRole.Moderator)]
    [TestCase(new[] { "delete", "Sam" }, false, "", ModeratorRole.Moderator)]
    [TestCase(new string[0], false, "", ModeratorRole.Moderator)]
    public void The_moderator_command_reads_a_name_and_an_optional_role_and_never_a_password(string[] args, bool ok, string name, ModeratorRole role)
    {
        ModeratorVerb.TryParse(args, out var parsedName, out var parsedRole).ShouldBe(ok);
        parsedName.ShouldBe(name);
        parsedRole.ShouldBe(role);
    }

    [TestCase(0, 0)]
    [TestCase(1, 0)]
    [TestCase(2, 1)]
    [TestCase(3, 2)]
    [TestCase(6, 16)]
    [TestCase(10, 256)]
    [TestCase(11, 300)]
    [TestCase(1000, 300)]
    public void New_devices_wait_nothing_for_a_typo_or_two_then_seconds_that_double_up_to_five_minutes(int wrongGuesses, int seconds) =>
        Moderator.WaitAfter(wrongGuesses).ShouldBe(TimeSpan.FromSeconds(seconds));
}
