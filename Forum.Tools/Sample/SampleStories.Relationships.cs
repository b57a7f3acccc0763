namespace Forum.Tools.Sample;

internal static partial class SampleStories
{
    private static IEnumerable<SampleStory> Relationships() =>
    [
        new("relationships", 4, 24.3, "I set a boundary with my mum and the world didn't end",
            """
            My mum rings me every day, sometimes three or four times, and if I don't pick up she rings my partner.
            I love her, but I've been dreading my phone for years.

            On Sunday I told her I'd call her every Wednesday and Sunday evening, and that I wouldn't be
            answering in between unless it was urgent. I'd practised it with my partner. My voice shook.

            She was upset. She said I was "shutting her out". I said I wasn't, I was making sure that when we
            talked I actually wanted to talk. She went quiet and then said OK.

            It's been three days. She's rung once, not eleven times. I feel guilty and lighter at the same time.
            """,
            NoWarning, 9,
            [
                Reply(8, 5, "Guilty and lighter at the same time is exactly how my first boundary with my dad felt. The guilt got quieter. The lighter stayed.", 4),
                Reply(11, 12, "Practising with your partner first is a really good idea. Well done for saying it even with your voice shaking."),
                Reply(1, 33, "This gives me hope. My mum is very similar. Did she keep to it after the first week?"),
                Reply(4, 60, "Mostly! There was one wobbly day. I just reminded her gently and she laughed and said \"I know, I know\". Good luck with yours.", 1),
            ]),

        new("relationships", 8, 17.1, "After the breakup I don't know who I am",
            """
            We were together for nine years. We met when I was twenty-two. We split up in the summer. It was
            mutual, mostly, and nobody did anything terrible. We just stopped being good for each other.

            What I didn't expect is how much of *me* went with it. I don't know what food I like, because we
            always cooked what he liked. I don't know what I do at the weekend, because weekends were us. His
            friends were my friends and now they're kind of his friends.

            I keep having this odd feeling of walking around in someone else's life.

            I've started doing tiny experiments. I went to the cinema on my own and chose the film without asking
            anyone. I bought a cheese he hated. I know how that sounds. But it was *my* cheese.

            If anyone has been through the "who am I now" bit, I'd love to hear that it settles.
            """,
            NoWarning, 7,
            [
                Reply(12, 7, "It settles. After my divorce it took about a year before I stopped feeling like a visitor in my own life. The tiny experiments are exactly right. Enjoy the cheese.", 3),
                Reply(5, 14, "The cinema on your own is so underrated. I did that too and cried through the adverts and then had a lovely time."),
                Reply(3, 50, "Nine years is a long time to be part of a pair. Be patient with yourself. You're finding out, not starting from nothing."),
            ]),

        new("relationships", 13, 5.2, "My partner doesn't really get my anxiety",
            """
            My partner is a good person and he tries, but he just doesn't understand. When I'm anxious he goes
            straight into fixing mode: "just don't think about it", "it'll be fine". I know he means well but it
            makes me feel like I'm being silly.

            Last night I tried to explain that I don't need him to fix it, I just need him to sit with me. He said
            OK but looked confused.

            Has anyone found a way to explain it that clicked for their partner?
            """,
            NoWarning, 6,
            [
                Reply(10, 4, "What helped us was agreeing a question he could ask: \"do you want ideas, or do you want company?\" Most of the time I want company. It took the guessing out.", 4),
                Reply(7, 20, "My partner only really got it after reading a few posts here with me. Hearing other people describe it made it less about me being \"dramatic\"."),
            ]),

        new("relationships", 9, 2.1, "Telling an old friend I'm in recovery",
            """
            I'm meeting a friend from university next week who I haven't seen in three years. The last time I saw
            her I was drinking a lot, and I wasn't very nice.

            I want to tell her I'm in recovery, and maybe apologise for that night. But I don't want to make the
            whole catch-up about me, or make her feel she has to forgive me on the spot.

            I keep writing the first sentence in my head and crossing it out.
            """,
            NoWarning, 2,
            []),
    ];
}
