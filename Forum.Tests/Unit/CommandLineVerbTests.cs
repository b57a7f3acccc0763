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

    [TestCase(new string[0], true, 500)]
    [TestCase(new[] { "--batch-size", "50" }, true, 50)]
    [TestCase(new[] { "--batch-size", "0" }, false, 500)]
    [TestCase(new[] { "--batch-size", "-3" }, false, 500)]
    [TestCase(new[] { "--batch-size", "99999999999" }, false, 500)]
    [TestCase(new[] { "--batch-size" }, false, 500)]
    [TestCase(new[] { "--everything" }, false, 500)]
    public void Rerender_accepts_only_a_sensible_batch_size(string[] args, bool accepted, int size)
    {
        CommandLineVerbs.TryReadBatchSize(args, out var batchSize).ShouldBe(accepted);
        batchSize.ShouldBe(size);
    }
}
