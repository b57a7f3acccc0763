namespace Forum.Tools.Sample;

internal static partial class SampleStories
{
    private static IEnumerable<SampleStory> Loneliness() =>
    [
        new("loneliness", 6, 28.2, "Surrounded by people at work and still lonely",
            """
            I work in a busy office. I talk to people all day. I'm the one who remembers birthdays and organises
            the leaving cards.

            And I go home every night and nobody knows how I actually am. Not one person. If I said "I've been
            having a really hard month", I don't know who I'd even say it to.

            It's a strange kind of lonely, being around people constantly and still feeling invisible.
            """,
            NoWarning, 11,
            [
                Reply(13, 6, "The one who organises the leaving cards. That's me too. It's easier to look after everyone else than to let anyone look after you. This feels very familiar.", 5),
                Reply(2, 15, """
                    I felt exactly like this for years. What started to change it for me was telling *one* colleague a small true thing. Not everything. Just "I've had a rough week, actually."

                    She said "me too" and we went for a walk at lunch. We still do, most Fridays.
                    """, 3),
                Reply(6, 40, "Thank you both. I'm going to try the one small true thing. It's scary how scary that feels.", 1),
            ]),

        new("loneliness", 12, 12.4, "Sunday evenings are the worst",
            """
            Weekdays are OK because there's work. Saturdays I usually go into town or clean the flat. But Sunday
            evenings are awful. The light goes, everyone is with their families, and I sit here with the telly on
            just for the noise.

            I don't even know what I'm asking. I suppose: is it just me?
            """,
            NoWarning, 9,
            [
                Reply(14, 2, "Not just you. Sunday at about five is my loneliest time of the whole week. I've started making Sunday the day I ring my aunt, so there's one voice in it.", 2),
                Reply(4, 7, "I've started a Sunday evening ritual just for me: proper dinner, a candle, one chapter of a book. It sounds twee but it turned the evening into something I do rather than something that happens to me."),
                Reply(12, 50, "I tried the candle and the book thing last night. It didn't fix it, but it was better than the telly. Thank you."),
            ]),

        new("loneliness", 3, 7.3, "I moved to a new city and haven't made a single friend",
            """
            I moved here for work in the spring. Everyone said "you'll meet loads of people!" and I haven't really
            met anyone.

            My colleagues are nice but they all have their own lives and most of them are older with kids. I
            tried a pottery class but everyone came with a friend already. I went to a quiz night on my own once
            and stood at the bar for twenty minutes and then went home.

            At home I could ring someone, drop round to someone, bump into someone in the shop. Here I can go a
            whole weekend without saying a word out loud to anyone. Sometimes I talk to the radio just to hear my
            voice.

            I'm not sure what I'm doing wrong. Or maybe I'm not doing anything wrong and it just takes ages?
            """,
            NoWarning, 5,
            [
                Reply(9, 9, "You're not doing anything wrong. It took me about two years after I moved before I had people I could text on a Saturday. Going back to the same thing every week helped more than trying lots of new things once.", 3),
                Reply(11, 28, "The quiz night thing took real courage. I know that feeling of standing at the bar. Please don't give up on it — for me it was the third time at the same place that someone said \"do you want to join our team?\"", 2),
            ]),

        new("loneliness", 14, 0.9, "I joined a walking group (and nearly didn't go)",
            """
            Saw a poster in the library for a walking group that meets on Saturday mornings. I walked past it for
            a fortnight. This Saturday I went.

            I nearly turned round at the car park. Then a woman with a very muddy spaniel said "are you here for
            the walk?" and it was too late to escape.

            Nobody asked me anything difficult. We just walked and talked about the weather and someone's
            allotment. I'm going again next week.
            """,
            NoWarning, 1,
            [
                Reply(6, 5, "The muddy spaniel doing the welcoming! This made me smile. Really glad you went."),
            ]),
    ];
}
