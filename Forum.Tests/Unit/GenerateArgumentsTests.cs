using Forum.Tools;

namespace Forum.Tests.Unit;

[Category("Unit")]
public sealed class GenerateArgumentsTests
{
    [TestCase(new[] { "--threads", "50000", "--replies-per-thread", "19" }, 50_000, 19)]
    [TestCase(new[] { "--posts", "1000000" }, 50_000, 19)]
    [TestCase(new[] { "--posts", "1000000", "--replies-per-thread", "0" }, 1_000_000, 0)]
    [TestCase(new[] { "--posts", "10", "--replies-per-thread", "3" }, 3, 3)]
    public void Sensible_options_are_read(string[] args, int threads, int replies)
    {
        GenerateArguments.TryParse(args, out var parsed, out _).ShouldBeTrue();
        parsed!.Stories.ShouldBe(threads);
        parsed.RepliesPerStory.ShouldBe(replies);
        parsed.Force.ShouldBeFalse();
    }

    [Test]
    public void Force_and_seed_are_read()
    {
        GenerateArguments.TryParse(["--force", "--threads", "2", "--seed", "7"], out var parsed, out _).ShouldBeTrue();
        parsed.ShouldBe(new GenerateArguments(2, 19, 7, true));
    }

    [Test]
    public void A_room_puts_every_thread_in_it()
    {
        GenerateArguments.TryParse(["--threads", "200000", "--replies-per-thread", "0", "--room", "anxiety"], out var parsed, out _).ShouldBeTrue();
        parsed.ShouldBe(new GenerateArguments(200_000, 0, 8, false, "anxiety"));
    }

    [TestCase(new string[0], "Give either --threads or --posts")]
    [TestCase(new[] { "--threads", "5", "--posts", "5" }, "Give either --threads or --posts")]
    [TestCase(new[] { "--threads" }, "--threads needs a whole number")]
    [TestCase(new[] { "--threads", "-5" }, "--threads needs a whole number")]
    [TestCase(new[] { "--threads", "1e6" }, "--threads needs a whole number")]
    [TestCase(new[] { "--threads", "99999999999" }, "--threads needs a whole number")]
    [TestCase(new[] { "--threads", "0" }, "too many or too few")]
    [TestCase(new[] { "--threads", "5000001" }, "too many or too few")]
    [TestCase(new[] { "--threads", "1000000", "--replies-per-thread", "999" }, "too many or too few")]
    [TestCase(new[] { "--threads", "5", "--replies-per-thread", "1001" }, "--replies-per-thread can be 0 to 1,000")]
    [TestCase(new[] { "--threads", "5", "--everything" }, "\"--everything\" isn't an option")]
    [TestCase(new[] { "5" }, "\"5\" isn't an option")]
    [TestCase(new[] { "--threads", "5", "--room" }, "--room needs a room's slug")]
    [TestCase(new[] { "--threads", "5", "--room", "--force" }, "--room needs a room's slug")]
    public void Mistakes_get_a_sentence_saying_what_is_wrong(string[] args, string problem)
    {
        GenerateArguments.TryParse(args, out var parsed, out var message).ShouldBeFalse();
        parsed.ShouldBeNull();
        message.ShouldContain(problem);
    }

    [Test]
    public void The_help_says_it_is_filler_for_benchmark_databases() =>
        GenerateArguments.Usage.ShouldContain("never run this against a live forum");
}
