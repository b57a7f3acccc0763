using System.Text;

namespace Forum.Tools;

/// <summary>
/// Varied, plausible peer-support prose for benchmark databases, assembled from phrase pools. It is filler for
/// measuring speed, never content for a live forum: nothing here is anyone's story.
/// </summary>
public sealed class SampleText(int seed)
{
    private readonly Random random = new(seed);

    /// <summary>Words that each appear in roughly one post in a thousand: the "selective" search terms of the benchmark.</summary>
    public static readonly string[] RareWords =
    [
        "lighthouse", "harmonica", "greenhouse", "origami", "tandem", "pottery", "kayak", "allotment", "beekeeping", "telescope",
        "crossword", "sourdough", "woodwork", "birdsong", "lantern", "orchard", "snowdrop", "ferry", "violin", "quilt",
    ];

    private static readonly string[] Openings =
    [
        "I don't usually post, but", "It's been a while since I wrote here, and", "Something happened this week and", "I've been reading here for months and",
        "Not sure which room this belongs in, but", "Late night post, sorry if it rambles:", "Quick update from me:", "I keep thinking about this and",
        "My counsellor suggested writing things down, so", "Today was one of the harder ones, and", "A small win to share:", "This might sound silly, but",
    ];

    private static readonly string[] Subjects =
    [
        "the mornings", "my sleep", "work", "my sister", "the weekends", "my appetite", "the evenings", "my partner", "the anxiety", "the cravings",
        "my mum", "the silence in the flat", "going to the shops", "phone calls", "my old friends", "the meetings", "my body", "the news",
        "the first hour of the day", "family dinners", "my thoughts at night", "the drive to work", "birthdays", "the anniversary",
    ];

    private static readonly string[] Feelings =
    [
        "feel heavier than they used to", "have been a bit easier", "still knock me sideways", "make my chest go tight", "feel strangely quiet",
        "keep catching me off guard", "seem more manageable than last month", "leave me completely drained", "are getting a little lighter",
        "make me want to hide under the covers", "feel like too much some days", "surprised me by being okay",
    ];

    private static readonly string[] Helps =
    [
        "going for a short walk", "writing three things down before bed", "texting one person", "making a proper breakfast", "breathing out slowly",
        "leaving my phone in another room", "sitting in the garden for ten minutes", "going to a meeting even when I didn't want to",
        "calling the helpline once", "listening to the same album again", "cleaning one small corner", "saying no to one thing",
        "having a shower before noon", "counting backwards from a hundred", "reading the replies here", "drinking a glass of water first",
    ];

    private static readonly string[] Times =
    [
        "last Tuesday", "this morning", "over the weekend", "a few weeks ago", "yesterday evening", "since the new year", "for about a month",
        "three days ago", "on the way home", "at about four in the morning", "after the appointment", "during lunch",
    ];

    private static readonly string[] Closings =
    [
        "Does anyone else get this?", "Thanks for reading, it helps just to put it somewhere.", "I'd love to hear what works for you.",
        "Not looking for advice really, just needed to say it.", "Sending strength to whoever needs it today.", "One day at a time, I suppose.",
        "Has anyone found a way through this?", "Anyway, I'm still here.", "Thank you all for being here.", "Any thoughts welcome.",
    ];

    private static readonly string[] ReplyOpenings =
    [
        "This sounds so familiar.", "Thank you for sharing this.", "I could have written this myself.", "I'm really glad you posted.",
        "That takes courage to write.", "Sending you a lot of warmth.", "Same here, honestly.", "I remember that stage well.",
    ];

    public string Title()
    {
        var title = Pick(
        [
            $"Struggling with {Pick(Subjects)}", $"A small win with {Pick(Subjects)}", $"How do you cope with {Pick(Subjects)}?",
            $"{Capitalise(Pick(Times))}, something shifted", $"What helped me: {Pick(Helps)}", $"Day {random.Next(1, 400)} and {Pick(Subjects)}",
            $"Can't stop thinking about {Pick(Subjects)}", $"Update on {Pick(Subjects)}",
        ]);
        return MaybeRare(title);
    }

    public string Story() => Paragraphs(random.Next(2, 5), Pick(Openings), Pick(Closings));

    public string Reply() => Paragraphs(random.Next(1, 3), Pick(ReplyOpenings), random.Next(3) == 0 ? Pick(Closings) : "");

    private string Paragraphs(int count, string opening, string closing)
    {
        var text = new StringBuilder();
        for (var p = 0; p < count; p++)
        {
            if (p > 0) text.Append("\n\n");
            if (p == 0) text.Append(opening).Append(' ');
            var sentences = random.Next(2, 5);
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0) text.Append(' ');
                text.Append(Sentence());
            }
        }
        if (closing.Length > 0) text.Append("\n\n").Append(closing);
        return MaybeRare(text.ToString());
    }

    private string Sentence() => random.Next(6) switch
    {
        0 => $"{Capitalise(Pick(Subjects))} {Pick(Feelings)}.",
        1 => $"{Capitalise(Pick(Times))} I tried {Pick(Helps)}, and it helped more than I expected.",
        2 => $"What's working for me at the moment is {Pick(Helps)}.",
        3 => $"I noticed that {Pick(Subjects)} {Pick(Feelings)}, especially {Pick(Times)}.",
        4 => $"Some days I manage {Pick(Helps)}, other days I don't, and that's okay.",
        _ => $"I keep coming back to {Pick(Subjects)}, and how it {Pick(["changed", "didn't change", "slowly changed", "might change"])} {Pick(Times)}.",
    };

    /// <summary>About two posts in a hundred carry one of the rare words, so each rare word lands in about one in a thousand.</summary>
    private string MaybeRare(string text) =>
        random.Next(50) == 0 ? $"{text} (The {Pick(RareWords)} helped, strangely.)" : text;

    private string Pick(string[] pool) => pool[random.Next(pool.Length)];

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
