using Forum.Web.Verbs;

namespace Forum.Tests.Unit;

[Category("Unit")]
public sealed class CommandLineVerbTests
{
    [TestCase("migrat")]
    [TestCase("MIGRATE")]
    [TestCase("drop-everything")]
    public void A_mistyped_command_is_named_instead_of_starting_the_site(string word) =>
        CommandLineVerbs.Unknown([word]).ShouldNotBeNull().ShouldContain($"Unknown command \"{word}\"");

    [TestCase]
    [TestCase("migrate")]
    [TestCase("--urls", "http://127.0.0.1:5000")]
    [TestCase("ConnectionStrings:Forum=Host=x")]
    public void Real_commands_and_host_options_pass(params string[] args) => CommandLineVerbs.Unknown(args).ShouldBeNull();
}
