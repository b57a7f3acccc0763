namespace Forum.Tools.Sample;

internal static partial class SampleStories
{
    private static IEnumerable<SampleStory> Anxiety() =>
    [
        new("anxiety", 1, 38.2, "The phone call I put off for three weeks",
            """
            I had to ring the dentist to move an appointment. That's it. That's the whole thing. And I put it off
            for three weeks.

            Every morning I'd tell myself I'd do it after coffee, then after lunch, then it was too late because
            they'd be closing. I wrote down what I was going to say on the back of an envelope. I practised it in
            the car. I still didn't ring.

            Today I finally did it and it took about forty seconds. The woman was lovely. She said "no problem at
            all" and that was it.

            I'm not really sure why I'm posting this. I think I just wanted to tell someone who wouldn't laugh at
            how big it felt.
            """,
            NoWarning, 9,
            [
                Reply(6, 3, "Not laughing at all. I have a list of calls I've been avoiding that goes back to the summer. Forty seconds! Well done for getting it over the line.", 2),
                Reply(10, 7, """
                    This feels so familiar. The envelope with the script on it especially.

                    Something that helps me a bit is doing it first thing, before my brain has time to build it up. Doesn't always work but it's better than carrying it round all day.
                    """, 3),
                Reply(1, 20, "Thank you both. It helps to know it's not just me. I'm going to try the first-thing idea for the next one (the bank, ugh).", 1),
            ]),

        new("anxiety", 4, 2.3, "Panic on the bus this morning",
            """
            Had a panic attack on the bus into work. Heart going, hands tingling, that feeling that I had to get
            off *right now* or something awful would happen. I got off two stops early and sat on a wall for a
            while.

            I did make it to work in the end, just late. Nobody asked. I feel wiped out and a bit embarrassed even
            though I know nobody noticed.

            Just needed to put it somewhere.
            """,
            NoWarning, 5,
            [
                Reply(12, 2, "Getting off and sitting on the wall sounds like exactly the right thing to have done. And you still went in. That counts for a lot. Be gentle with yourself tonight.", 1),
                Reply(7, 5, "The wiped-out feeling afterwards is the bit people don't talk about. I usually need an early night after one. Hope the rest of the day was quieter."),
            ]),

        new("anxiety", 7, 21.5, "Five years of \"what if\", and where I am now",
            """
            This is going to be long, sorry. I've been reading here for a while and other people's long posts
            helped me, so maybe this will help someone.

            For about five years my head has been a machine that makes "what if"s. What if I left the oven on.
            What if that email sounded rude. What if the pain in my side is something serious. What if everyone at
            the party was just being polite. It never stops at one. One what-if turns into ten and by the end I've
            lived through a whole disaster that never happened.

            For a long time I thought that was just my personality. I'm "a worrier", my mum's "a worrier", that's
            just how we are. It took my partner gently saying "you don't seem to enjoy anything any more" for me to
            realise it had got out of hand. I'd stopped going to things. I'd stopped replying to friends because
            replying meant thinking about how the reply would land.

            I'm not fixed. But some things have made it quieter:

            - Talking to a counsellor. It took me ages to book it and I nearly cancelled twice. She didn't tell me
              anything magic, but saying the what-ifs out loud to someone made them sound smaller.
            - Writing the worry down and putting it away until a set time in the evening. Half the time when I get
              to it I can't remember why it mattered.
            - Walking. Not for fitness. Just getting out of the house and noticing actual things instead of
              imaginary ones.
            - Telling two friends the truth. One of them said "oh, me too" and we talk about it now.

            I still have bad weeks. Last month was a bad one. But I went to my cousin's birthday on Saturday and
            stayed for three hours and I actually had a nice time, and a year ago I wouldn't have gone at all.

            If you're in the middle of it right now, I'm sorry. It's exhausting. It does get a bit lighter.
            """,
            NoWarning, 11,
            [
                Reply(3, 4, "\"Lived through a whole disaster that never happened\" is exactly it. I do that most nights. Thank you for writing all this down.", 4),
                Reply(9, 9, """
                    The bit about thinking it was just your personality really landed with me. My whole family are "worriers" too and it's only recently I've wondered if it has to be that way.

                    Glad you had a nice time at the birthday.
                    """, 2),
                Reply(13, 30, "The worry-time idea sounds strange but I tried it after reading this and it sort of worked? I only got through three of the seven things on my list before I got bored of them. Which says something."),
                Reply(7, 52, "Thank you, everyone. Honestly I nearly deleted this after posting. Really glad I didn't.", 2),
            ]),

        new("anxiety", 10, 9.1, "Does anyone else rehearse conversations that never happen?",
            """
            I'll be in the shower and suddenly I'm having a full argument with my manager about something that
            hasn't happened and probably won't. I come out of it actually angry or upset.

            Or the opposite, I rehearse the nice version of a chat so many times that when it comes I've used up
            all the words.

            Is this an anxiety thing or just a me thing?
            """,
            NoWarning, 7,
            [
                Reply(5, 6, "Definitely not just you. I once rehearsed asking for a day off so many times that I said the end of the sentence first. My manager just said yes.", 3),
                Reply(14, 26, "I do this constantly. What helps me a little is noticing it and saying (in my head) \"that's a rehearsal, not a real thing\". It doesn't stop it but it takes a bit of the heat out."),
            ]),

        new("anxiety", 12, 0.6, "Small win: the supermarket at the busy time",
            """
            I usually only go to the supermarket really late when it's empty. Today I went at half five on a
            weekday, with all the queues and the noise.

            I was tense the whole time and I forgot half of what I needed. But I did it and I didn't leave the
            basket and walk out, which is what I did last time.

            Small, I know.
            """,
            NoWarning, 3,
            []),
    ];
}
