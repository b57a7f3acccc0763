namespace Forum.Tools.Sample;

internal static partial class SampleStories
{
    private static IEnumerable<SampleStory> Depression() =>
    [
        new("depression", 2, 30.4, "The grey months",
            """
            I don't really know how to start this so I'll just start.

            Since about August everything has gone grey. Not sad exactly, more like someone turned the volume
            down on everything. Food doesn't taste of much. Music I used to love just sounds like noise. I sleep
            ten hours and wake up tired. Showering feels like climbing a hill, so some days I don't.

            The worst part is the guilt. I have a job, a flat, people who care about me. Nothing terrible has
            happened. So I keep telling myself I have no right to feel like this, which of course makes it worse.

            A few weeks ago I read a post here where someone said they aim for *one thing a day*. Not a list. One
            thing. Some days it's "open the curtains". Some days it's "reply to one message". I started doing that
            and I'm not going to pretend it's cured anything, but there are days now where I've done my one thing
            by lunchtime and then I do a second one, almost by accident.

            Yesterday my one thing was going for a walk round the block. It was cold and I saw a man trying to get
            his very stubborn dog to go the other way and I laughed, properly, for the first time in ages.

            I don't have a neat ending. I'm still in it. I just wanted to say it somewhere that people might get it.
            """,
            NoWarning, 12,
            [
                Reply(11, 2, "\"Someone turned the volume down on everything\" is the best description I've read of how it feels. I get it. Really glad about the dog.", 4),
                Reply(5, 8, """
                    The guilt part is so familiar. I spent a long time thinking I needed a "good enough reason" to feel low before I was allowed to ask for help. Turns out that's not how it works.

                    One thing a day is a good rule. Mine today was eating something that wasn't toast.
                    """, 3),
                Reply(8, 27, "Thank you for posting even without a neat ending. Most of us don't have one either.", 2),
                Reply(2, 49, "I've read these replies about five times. Thank you. Today's one thing was answering you all."),
            ]),

        new("depression", 5, 16.2, "I finally told my GP how I've been feeling",
            """
            I've been sitting on this for nearly a year. Every time I had an appointment for something else I'd
            think "I'll mention it" and then I'd just say I was fine.

            This time I wrote it on my phone before I went in and basically read it out. My voice went a bit
            wobbly. The doctor was kind and didn't rush me, and we talked about what might help and agreed to
            check in again in a few weeks.

            I don't know yet what will help. But it feels like something has shifted just from saying it out loud
            to someone whose job it is to listen. If you've been putting it off like I was, this is your sign, I
            suppose.
            """,
            NoWarning, 8,
            [
                Reply(13, 5, "Reading it off your phone is such a good idea. I always freeze and forget everything. Proud of you, stranger.", 2),
                Reply(2, 11, "I did almost exactly the same thing last spring. That \"something has shifted\" feeling is real. Hope the next appointment goes well."),
                Reply(9, 40, "This is the nudge I needed. Booked mine for Thursday."),
            ]),

        new("depression", 8, 11.3, "The dark thoughts came back, and I told someone",
            """
            Putting a warning on this because it mentions suicidal thoughts, though not in any detail.

            Last week the thoughts came back, the ones that say everyone would be better off without me. I've had
            them before, years ago, and I thought I was past it. That scared me almost as much as the thoughts
            themselves.

            I didn't want to worry my sister so I kept it to myself for a couple of days. Then one night it got
            loud and I rang a helpline. I'd never done that before. I thought they'd think I was wasting their
            time. The person I spoke to was calm and just let me talk, and by the end I'd agreed to tell my sister
            in the morning.

            I did. She came round and sat with me and we made a plan for the next few days, and I've got an
            appointment booked.

            I'm safe, and I'm writing this partly for me, to remember that reaching out worked. And partly in case
            anyone reading is where I was last week. The numbers on the help page are real people. They didn't
            think I was wasting their time.
            """,
            Warn(ContentWarning.Suicide), 6,
            [
                Reply(11, 3, "I'm really glad you rang, and really glad you told your sister. Thank you for writing this, it takes a lot.", 5),
                Reply(6, 9, "\"They didn't think I was wasting their time\" — I needed to read that. I've always been scared of that too. Take care of yourself this week."),
                Reply(2, 22, "Sending you a lot of warmth. The fact that you reached out when it was loud is huge. Thank you for coming back to tell us.", 2),
            ]),

        new("depression", 11, 4.2, "Things getting me through this week",
            """
            Not a story really, just a list, because lists are about all my brain can do at the moment.

            1. My neighbour's cat, who sits on my windowsill every morning and judges me.
            2. A podcast where two people just talk about old films. I don't even watch the films.
            3. Tinned soup. No shame.
            4. Going to bed at the same time even when I can't sleep, because it makes the mornings slightly less awful.
            5. This forum, honestly. Reading other people's posts at 3am and feeling a bit less alone.

            What's on yours?
            """,
            NoWarning, 5,
            [
                Reply(4, 6, "Tinned soup solidarity. Mine: clean sheets, a hot water bottle, and one episode of something I've already seen (no surprises allowed).", 2),
                Reply(13, 18, "The judging cat made me smile. Mine is texting my brother stupid memes. We don't talk about feelings but it's a thread back to someone."),
            ]),

        new("depression", 13, 1.2, "Has anyone else lost interest in the things they used to love?",
            """
            I used to paint every weekend. My brushes have been in a jar by the sink since spring and I can't
            make myself pick them up. It's not that I don't want to, exactly. It's that I can't remember what the
            wanting felt like.

            Did it come back for any of you?
            """,
            NoWarning, 2,
            [
                Reply(7, 10, """
                    It came back for me, slowly and not all at once. I used to play guitar. The first time I picked it up again I played for about five minutes and put it down. A couple of weeks later it was twenty minutes.

                    I had to stop waiting to *want* to and just do a tiny bit anyway. Hope the brushes get some use again.
                    """, 1),
            ]),
    ];
}
