using System.Text;

namespace Forum.TestTexts;

/// <summary>
/// Long posts of the kind the forum exists for: paragraphs, emphasis, lists of what helped, a quote from a
/// sponsor, links, a small table. Deterministic, so tests and benchmarks see the same text.
/// </summary>
public static class StoryText
{
    private static readonly string[] Sentences =
    [
        "I have been sober for **ninety days** now, and some mornings it still feels like the first one.",
        "My sponsor told me that *one day at a time* is not a slogan, it is a schedule.",
        "The craving usually hits around six, when I used to stop at the shop on the way home.",
        "I found a [meeting finder](https://example.org/meetings?near=me) that lists online groups too.",
        "Writing here helps more than I expected; reading your replies helps even more.",
        "There were weeks when I could not get out of bed, and that is ~~not~~ okay to say out loud.",
        "My therapist asked what I would tell a friend in my place, and I had no answer for a while.",
        "If you are reading this at 3 a.m. because you cannot sleep, you are not the only one.",
        "Some days the win is just drinking water, eating something, and going to bed at a normal hour.",
        "I still keep the number of the helpline on the fridge: see <https://example.org/help>.",
    ];

    private static readonly string[] Blocks =
    [
        "## What helped\n\n- Going to a meeting even when I did not want to\n- Telling **one** person the truth\n  - my sister first\n  - then my doctor\n- Walking after dinner instead of sitting with it\n",
        "> It gets easier. Not every day, but it gets easier.\n>\n> — my sponsor, week two\n",
        "| Week | Meetings | Hard days |\n|:-----|---------:|----------:|\n| 1 | 5 | 6 |\n| 2 | 4 | 3 |\n| 3 | 4 | 2 |\n",
        "1. Call someone before the craving, not after.\n2. Eat something.\n3. Leave the house for ten minutes.\n",
        "### A note for new people\n\nNobody here will ask for your name. Take what helps and leave the rest.\n",
        "```text\nday 1   - shaking\nday 14  - sleeping again\nday 90  - writing this\n```\n",
    ];

    public static string Build(int length, int seed = 7)
    {
        var random = new Random(seed);
        var text = new StringBuilder(length + 512);
        text.Append("# Ninety days\n\n");
        while (text.Length < length)
        {
            if (random.Next(4) == 0)
            {
                text.Append(Blocks[random.Next(Blocks.Length)]).Append('\n');
                continue;
            }
            var sentences = random.Next(2, 6);
            for (var i = 0; i < sentences; i++)
                text.Append(Sentences[random.Next(Sentences.Length)]).Append(i + 1 < sentences ? " " : "\n\n");
        }
        return Trim(text.ToString(), length);
    }

    /// <summary>Cuts at the last paragraph break that fits, so the text stays well-formed Markdown.</summary>
    internal static string Trim(string text, int length)
    {
        if (text.Length <= length)
            return text;
        var cut = text.LastIndexOf("\n\n", length - 2, StringComparison.Ordinal);
        return cut > 0 ? text[..(cut + 2)] : text[..length];
    }
}
