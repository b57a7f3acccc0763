namespace Forum.Tools.Sample;

internal static partial class SampleStories
{
    private static IEnumerable<SampleStory> Grief() =>
    [
        new("grief-loss", 2, 34.3, "A year since Dad died and I still reach for the phone",
            """
            It was a year on Tuesday.

            Everyone tells you the first year is the hardest because of all the firsts: first birthday, first
            Christmas, first Father's Day. That's true. But nobody told me about the small things. Seeing a
            football score and picking up my phone to text him about it. Hearing a joke he'd have liked. Finding
            his handwriting on a note in a drawer.

            I was with him at the end, in the hospital. I'm glad I was. But for a long time the hospital was
            the only picture of him I could see when I closed my eyes, and that was hard. Lately other pictures
            have started coming back. Him in the garden in his awful hat. Him singing, badly, in the car.

            On Tuesday my brother and I went to his favourite café and ordered what he always ordered, which was
            far too much food. We laughed more than we cried, which surprised both of us.

            I don't think grief gets smaller. I think I'm slowly getting bigger around it. Some days, anyway.
            """,
            Warn(ContentWarning.DeathAndGrief), 10,
            [
                Reply(7, 4, "\"Getting bigger around it\" is how it's felt for me too, with my mum. The phone thing still happens to me after three years. I've stopped fighting it.", 4),
                Reply(11, 9, "The café with your brother sounds like a lovely way to mark it. I'm sorry about your dad.", 2),
                Reply(5, 30, "I'm coming up to my first year in December and I've been dreading it. This helped. Thank you for the bit about the other pictures coming back.", 3),
                Reply(2, 55, "I hope December is gentle with you. Do something of theirs, if you can. It helped more than I expected."),
            ]),

        new("grief-loss", 7, 14.2, "Losing my dog hit harder than I expected",
            """
            We had to say goodbye to our dog on Friday. She was fourteen. It was the right thing for her, the vet
            was kind, and I know she had a long happy life.

            I still can't stop crying. I keep hearing her collar when it's just the heating ticking. I went to
            work on Monday and someone said "it's only a dog" and I had to go and sit in my car.

            I know people here have lost parents and partners and I feel a bit silly posting this. But she was
            with me through my divorce and two house moves and every bad night. She was family.
            """,
            Warn(ContentWarning.DeathAndGrief), 8,
            [
                Reply(12, 3, "You're not silly at all. She was there for you every day for fourteen years. Of course it hurts this much. I'm sorry about the \"only a dog\" comment.", 5),
                Reply(4, 10, "The collar sound. Oh, that got me. When our cat died I kept seeing her out of the corner of my eye for weeks. Grief is grief.", 2),
                Reply(9, 36, "Sending you love. I put my old dog's lead on a hook by the door and it made me sad at first, and then it made me smile."),
            ]),

        new("grief-loss", 11, 8.4, "Grieving a friendship that just ended",
            """
            Nobody died, so maybe this is the wrong room. But I've lost my best friend of twelve years, and I
            don't know what else to call what I'm feeling.

            There wasn't even a big fight. She just stopped replying, and when I finally asked what was wrong she
            said she'd "outgrown" our friendship. I keep going over every conversation from the last year looking
            for what I did.

            There's no funeral for this kind of thing. Everyone expects you to just shrug it off.
            """,
            NoWarning, 4,
            [
                Reply(8, 8, "This is absolutely the right room. I lost a friendship like this a few years ago and it took me as long to get over as a breakup. Go easy on yourself.", 3),
                Reply(13, 40, "\"There's no funeral for this kind of thing\" is so true. When it happened to me I wrote her a letter I never sent. It helped me put the questions somewhere."),
            ]),

        new("grief-loss", 5, 1.8, "The first Christmas without her is coming",
            """
            My gran died in March. She was the one who did Christmas: the food, the decorations, making everyone
            play the same terrible board game every year.

            Nobody in my family knows what to do this year. Half of them want to carry on like normal and half of
            them don't want to do it at all. I'm stuck in the middle and dreading the whole thing.

            How did people get through their first one?
            """,
            Warn(ContentWarning.DeathAndGrief), 3,
            [
                Reply(2, 6, """
                    First Christmas after Dad, we kept some things and changed others. We kept his terrible music. We changed where we ate, because his empty chair was too much.

                    Maybe you could play her board game, even badly, even if it makes people cry? Ours did, and then we laughed. I'm sorry about your gran.
                    """, 2),
            ]),
    ];
}
