using Forum.Domain.Rendering;
using Forum.TestTexts;

namespace Forum.Benchmarks;

public static class Inputs
{
    private const string ShortPost =
        "Day 12. Still here.\n\n" +
        "I went to the **Tuesday meeting** again, even though I almost turned around in the car park. " +
        "Someone said *\"you only have to do today\"* and it stuck with me.\n\n" +
        "What helped this week:\n\n" +
        "- calling my sister before six\n" +
        "- the [meeting finder](https://example.org/meetings) for online groups\n" +
        "- going for a walk instead of scrolling\n\n" +
        "> It gets easier. Not every day, but it gets easier.\n\n" +
        "Thank you for reading, and for the replies last time.\n";

    public static string Get(string name) => name switch
    {
        "short post" => ShortPost,
        "40k story" => StoryText.Build(PostBody.MaxLength),
        "10k adversarial" => AdversarialText.Build(10_000),
        "40k adversarial" => AdversarialText.Build(PostBody.MaxLength),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such input"),
    };
}
