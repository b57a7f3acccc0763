namespace Forum.Tools.Sample;

internal static partial class SampleStories
{
    private static IEnumerable<SampleStory> Recovery() =>
    [
        new("addiction-recovery", 3, 26.1, "Day 90. I didn't think I'd get here.",
            """
            Ninety days without a drink today.

            I want to write this down properly because at day 3 I read someone's 90-day post on here and thought
            "good for them, that won't be me". So this is for whoever is on day 3 right now.

            Some honest things about the first three months:

            The first two weeks were the hardest. I didn't sleep well, I was short with everyone, and every
            evening at about six my whole body seemed to be waiting for something. I went to bed at half eight
            some nights just to make the day end.

            Weeks three to six I felt *amazing* and thought I was done with it. Then I had a terrible week around
            week seven where I felt flat and bored and angry that life without drinking was just… life. Nobody
            warned me about that bit. It passed.

            What's helped me:

            - Going to meetings, even the ones where I didn't say a word.
            - Having one person I could text at six o'clock. She didn't have to say anything wise. Just "still
              here?" "still here."
            - Fizzy water in a nice glass. Sounds silly. It isn't.
            - Telling my brother. I was sure he'd be disappointed and he just hugged me.
            - Coming here and reading, mostly in the evenings.

            I'm not saying it's easy now. Last Friday was hard. But I woke up on Saturday and remembered all of
            Friday, and that still feels like a small miracle.

            If you're on day 3: hang on. Just today.
            """,
            NoWarning, 13,
            [
                Reply(10, 1, "Ninety days! Huge congratulations. \"Still here?\" \"Still here.\" is going to stay with me.", 4),
                Reply(6, 4, "Thank you for being honest about week seven. I'm on week six and I'm scared of the flat bit. Good to know it passes.", 3),
                Reply(3, 6, "To whoever is on week six: it does pass. Keep going. Tell someone when it comes, don't sit in it alone like I did at first.", 2),
                Reply(14, 13, "The fizzy water in a nice glass thing is real. I have a ridiculous glass with a stem now. Well done you.", 1),
                Reply(1, 60, "Day 4 here. Read this twice. Thank you.", 3),
            ]),

        new("addiction-recovery", 6, 13.4, "I slipped on Saturday",
            """
            I had forty-one days and I drank on Saturday. I'm not going to go into it. It was a family thing and I
            told myself one wouldn't matter, and it wasn't one.

            I feel like such an idiot. All that work.

            I went to a meeting on Monday and said it out loud. Nobody gave me a lecture. A man who has been sober
            for years said he'd had slips too, and that the forty-one days still happened, they don't get deleted.
            I'm trying to believe that.

            Day 3 again today.
            """,
            Warn(ContentWarning.Relapse), 9,
            [
                Reply(3, 2, "The forty-one days still happened. They taught you things you're still using right now, like going to that meeting on Monday. That's not starting from nothing.", 5),
                Reply(9, 5, """
                    I've slipped more than once. What helped me was working out what was going on in the hour before, not beating myself up about the drink itself. For me it was always being tired and around certain people.

                    You're not an idiot. You're someone who's doing a hard thing.
                    """, 3),
                Reply(12, 20, "Thank you for posting this. It helps the rest of us know it's OK to come back and say it."),
                Reply(6, 70, "Day 6 now. Thanks, all of you. I read these on Sunday night when it was hard."),
            ]),

        new("addiction-recovery", 9, 19.2, "Gambling: deleting the apps was step one",
            """
            For me it was betting apps on my phone. It started as a bit of fun during football and by the end I
            was on them in bed, at work, in the toilet. I hid how much I'd lost from my partner for over a year.

            Three weeks ago I told her everything. It was the worst conversation of my life and also the biggest
            relief. We deleted the apps together and she helped me set up the blocks with my bank.

            The urge hasn't gone. When there's a big match on I feel it in my chest. But there's a gap now between
            the urge and doing anything, and in that gap I can text someone or go out for a walk.

            I don't see many gambling posts here so I thought I'd add one.
            """,
            NoWarning, 6,
            [
                Reply(4, 7, "Thank you for posting. The hiding it is so heavy. Glad you don't have to carry that on your own any more.", 2),
                Reply(14, 30, "\"A gap between the urge and doing anything\" is a really good way to put it. That gap is what I'm trying to grow too, just with a different thing."),
            ]),

        new("addiction-recovery", 14, 6.3, "Sober at a wedding: how it actually went",
            """
            I'd been dreading my friend's wedding for months. First big event since I stopped.

            How it actually went:

            - The ceremony was fine. Nobody drinks at the ceremony.
            - The toasts were awkward. I had lemonade. One person asked why and I said "I'm not drinking at the
              moment" and they said "fair enough" and that was the end of it.
            - About nine o'clock everyone got louder and I got quieter and started to feel on the outside of it.
            - I left at ten. I'd told my friend beforehand I might, so it wasn't a big deal.

            I woke up the next day clear-headed and a bit proud. I also felt a bit sad about missing the late part.
            Both things are true.
            """,
            NoWarning, 7,
            [
                Reply(1, 3, "Telling your friend beforehand that you might leave early is a brilliant idea. Stealing that for Christmas.", 3),
                Reply(10, 8, "Proud and a bit sad is so honest. That's exactly how my first few events felt. They got easier."),
                Reply(3, 26, "Well done. The first one is the hardest. Having an exit plan made all the difference for me too.", 1),
            ]),

        new("addiction-recovery", 1, 3.4, "Cravings at five o'clock every single day",
            """
            I'm on day 19 and the cravings have a schedule. Around five, when I'd normally finish work and open
            something, my brain starts nagging like clockwork.

            Mornings are fine. Evenings are fine after about eight. It's that one stretch.

            What do people do with that hour?
            """,
            NoWarning, 8,
            [
                Reply(3, 1, """
                    That hour was my worst too. Things that helped me, in case any of them fit:

                    - Changing the routine completely. I went a different way home for a month.
                    - Eating something as soon as I got in. Being hungry made it ten times louder.
                    - Having something to *do* with my hands. I know it sounds daft, but I did a lot of washing up.
                    """, 4),
                Reply(12, 4, "A walk at five. Every day, even in the rain. It wasn't about exercise, it was about being somewhere I couldn't just open a bottle."),
                Reply(1, 48, "Tried eating as soon as I got in, and a walk. Yesterday was the easiest five o'clock so far. Thank you.", 2),
            ]),

        new("addiction-recovery", 10, 0.3, "Two years today, and a thank you",
            """
            Two years clean today. I don't post much any more but I still read most days.

            I wanted to say thank you to this place. There were nights in the first year when a reply from a
            stranger here was what got me to the morning.

            To anyone new: it's worth it. Not because everything gets perfect, it doesn't. But because you get to
            be there for your own life.
            """,
            NoWarning, 4,
            [
                Reply(6, 2, "Two years! Congratulations. Posts like this keep me going.", 1),
            ]),
    ];
}
