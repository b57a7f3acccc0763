namespace Forum.Tools.Sample;

internal static partial class SampleStories
{
    private static IEnumerable<SampleStory> General() =>
    [
        new("general", 5, 36.1, "What this place has meant to me",
            """
            I found this forum about six months ago at about three in the morning, searching for something like
            "why can't I feel anything". I read for weeks before I posted.

            What I noticed first was that nobody here tells anyone what to do. People just say "this happened to
            me, and this is what helped me". That felt completely different from everything else I'd tried.

            I'm doing a lot better now. I still come here, mostly to read, sometimes to reply when a post reminds
            me of where I was.

            So, thank you. To the people who replied to my first post, and to everyone who writes here without
            knowing who's reading.
            """,
            NoWarning, 8,
            [
                Reply(8, 10, "Same. I read for a long time before I posted too. Reading was enough for a while, and that's OK.", 3),
                Reply(13, 20, "This is lovely. I'm one of the ones still reading at three in the morning. Posts like this help."),
                Reply(1, 44, "Glad you're doing better. It means a lot that people come back."),
            ]),

        new("general", 1, 10.2, "What's on your list for a bad day?",
            """
            I'm trying to make a list to stick on my fridge for bad days, for when my brain won't come up with
            anything. So far I have:

            - Drink a glass of water
            - Open a window
            - Text one person, even just an emoji

            What's on yours? Small things are best. Big things are no use on a bad day.
            """,
            NoWarning, 6,
            [
                Reply(4, 1, "Change my socks. I'm serious. Clean socks are a small reset.", 3),
                Reply(7, 3, "Go outside for five minutes, even just the doorstep."),
                Reply(11, 5, "Put on one song I know all the words to.", 2),
                Reply(14, 9, "Eat something, anything. And lower the bar. \"I got through today\" counts."),
                Reply(2, 22, "Have a shower, or if that's too much, wash my face. And remember that bad days end, even the long ones.", 2),
            ]),

        new("general", 11, 0.2, "First post, just saying hello",
            """
            Hi. I've been reading for a few weeks and finally made a name. I'm not really ready to write my whole
            story yet, but I wanted to say hello, and that reading other people's posts has helped more than I
            expected.
            """,
            NoWarning, 2,
            [
                Reply(3, 1.5, "Hello and welcome. No rush at all with your story. Reading counts."),
            ]),
    ];
}
