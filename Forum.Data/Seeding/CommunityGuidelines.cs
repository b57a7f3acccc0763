namespace Forum.Data.Seeding;

/// <summary>The pinned guidelines thread every new forum opens with, in the General room.</summary>
public static class CommunityGuidelines
{
    public const string AuthorName = "Forum guidelines";
    public const string Title = "Community guidelines: how we look after each other here";

    public const string Body = """
        Welcome. Whether you have been reading quietly for weeks or just arrived, you are welcome here, and you
        don't need to post to belong.

        This is a peer-support forum: people sharing their own experience of anxiety, depression, addiction and
        recovery, grief, loneliness and the rest of it. We are not doctors or counsellors, and nothing here
        replaces professional care. If you might act on thoughts of ending your life, or you are in danger right
        now, please use the **Need help now?** link at the top of every page, or call your local emergency number.

        # Be kind, and speak from your own experience

        - Share what happened to you and what helped *you*: "When I felt like that, what helped me was…" lands
          better than "You should…".
        - Nobody has to justify how they feel. Believe people about their own lives.
        - "This feels familiar" is often the most helpful thing you can say. You don't need the perfect words.
        - Disagree with ideas gently, never with a person's worth.

        # Keep each other safe

        - Use content warnings when a post describes self-harm, suicide, substance use in detail, relapse, abuse,
          eating and body struggles, or death. Readers are in different places; warnings let them choose.
        - Don't describe methods of self-harm or suicide, amounts or ways of using drugs, or ways to hide any
          of these. Talk about how it felt and what helped instead.
        - Don't give medical advice about starting, stopping or changing medication or treatment. Sharing your own
          experience is fine; tell people to talk it through with a doctor or pharmacist.
        - If a post worries you, report it. Moderators see reports about someone who may be at risk first.

        # Protect your anonymity, and everyone else's

        - Your pseudonym is not linked to your name, email or phone, and we don't store your IP address. Keep it that
          way: leave out full names, workplaces, schools, addresses and photos that could identify you or anyone else.
        - Never try to work out who someone is, and don't share what people post here somewhere else.
        - Your browser holds the key to your pseudonym. If you lose it and didn't save a recovery key, nobody,
          including the people who run the forum, can get it back for you.

        # Not allowed

        Harassment, hate, threats, sexual content, selling or advertising anything (including treatments and
        services), and spam. Moderators may remove posts that break these guidelines, close a thread to new replies,
        or suspend a pseudonym. Every moderation action is recorded with its reason.

        # Looking after yourself

        It's okay to read without posting, to step away, and to come back. Looking after yourself while you support
        others matters too: you can't pour from an empty cup.
        """;
}
