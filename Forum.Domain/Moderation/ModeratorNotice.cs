using Forum.Domain.Stories;

namespace Forum.Domain.Moderation;

/// <summary>
/// A private notice from the moderators to one pseudonym, shown at the top of every page to whoever holds the
/// name until they mark it read. It carries no moderator's name (the moderation log says who sent it, never
/// what it said), and it is deleted with the pseudonym. The words of removal and ban notices are written here,
/// once, so that every such notice says it the same kind way.
/// </summary>
public sealed class ModeratorNotice
{
    public const int MessageMaxLength = 2000;
    public const int BodyMaxLength = 3000;
    public const int CountryMaxLength = 100;

    /// <summary>What a moderator's form offers, ready to send or change, when someone may be at risk.</summary>
    public const string CheckingIn =
        "Hello. We're the moderators here, and we wanted to check in with you after reading what you wrote. " +
        "It sounds like things are really hard right now, and you don't have to face that alone. " +
        "If you can, please reach out to one of the people below: they are there to listen, any time, and it's free and private. " +
        "You are welcome here, and we're glad you wrote.";

    /// <summary>The log's reason when a moderator reaches out from the queue, ready to change.</summary>
    public const string AtRiskReason = "Reported as possibly at risk";

    /// <summary>The same, for a post nobody reported but whose words the forum's own check read as "may be at risk".</summary>
    public const string NoticedAtRiskReason = "Its words suggested the writer may be at risk";

    private ModeratorNotice() { }

    public long Id { get; private set; }
    public Guid PseudonymId { get; private set; }
    public NoticeKind Kind { get; private set; }

    /// <summary>Plain text, shown as written (encoded, line breaks kept).</summary>
    public string Body { get; private set; } = "";

    /// <summary>
    /// Whose crisis lines are shown under the message: a country's code in Forum.Web/Safety/crisis-lines.json, or
    /// "everywhere" for the international directory (older notices name the country); null for none.
    /// </summary>
    public string? CrisisCountry { get; private set; }

    /// <summary>The removed story a removal notice names; purging that story deletes the notice, which quotes its title.</summary>
    public long? StoryId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    /// <param name="crisisCountry">Already checked against the configured crisis lines by the caller, which knows them.</param>
    public static ModeratorNotice Message(Guid pseudonymId, string? text, string? crisisCountry, DateTimeOffset now)
    {
        var trimmed = PlainText.Note(text ?? "").Trim();
        if (trimmed.Length == 0)
            throw new DomainRuleException("Please write the message. It is the first thing they will read, so a kind word or two goes a long way.");
        if (trimmed.Length > MessageMaxLength)
            throw new DomainRuleException($"A message can be up to {MessageMaxLength:N0} characters (this one has {trimmed.Length:N0}).");
        var country = string.IsNullOrWhiteSpace(crisisCountry) ? null : crisisCountry.Trim();
        if (country is { Length: > CountryMaxLength }) throw new DomainRuleException("Choose a country from the list.");
        return new ModeratorNotice { PseudonymId = pseudonymId, Kind = NoticeKind.Message, Body = trimmed, CrisisCountry = country, CreatedAt = now };
    }

    /// <summary>The reply a removal notice is about; null when it is about the story itself, or not about a post.</summary>
    public long? ReplyId { get; private set; }

    /// <summary>Tells a post's writer that it was taken down, and why; null when the writer's name no longer exists.</summary>
    public static ModeratorNotice? AboutRemoval(Post post, ModerationReason reason, DateTimeOffset now) =>
        AboutPost(post, now,
            $"We've taken down {WhatOf(post)}, so it no longer shows on the forum. We know that can be hard to hear, " +
            "especially after sharing something personal, and it doesn't mean you aren't welcome here.\n\n" +
            $"What the moderators wrote about why:\n{reason.Text}\n\n" +
            "You can still read everything and keep writing. If you are struggling right now, the help page lists people you can talk to, any time.");

    /// <summary>Tells the writer of a post that waited for review that it won't be published, and why.</summary>
    public static ModeratorNotice? AboutRejection(Post post, ModerationReason reason, DateTimeOffset now) =>
        AboutPost(post, now,
            $"{Capitalised(WhatOf(post))} waited for a moderator to read it, and we've decided not to publish it. We know that can be hard " +
            "to hear after writing something personal, and it doesn't mean you aren't welcome here.\n\n" +
            $"What the moderators wrote about why:\n{reason.Text}\n\n" +
            "You can still read everything and keep writing. If you are struggling right now, the help page lists people you can talk to, any time.");

    /// <summary>Tells a post's writer, who was told it was taken down, that it is back.</summary>
    public static ModeratorNotice? AboutRestoral(Post post, DateTimeOffset now) =>
        AboutPost(post, now, $"We've put back {WhatOf(post)}: it shows on the forum again. We're sorry for the worry it may have caused.", NoticeKind.Restoral);

    /// <summary>Whether this is the word, still unread, that <paramref name="post"/> was taken down: a restoral withdraws it rather than answering it.</summary>
    public bool IsUnreadRemovalOf(Post post) =>
        Kind == NoticeKind.Removal && !IsRead && PseudonymId == post.AuthorId && StoryId == post.ParentStory?.Id && ReplyId == ReplyIdOf(post);

    private static ModeratorNotice? AboutPost(Post post, DateTimeOffset now, string body, NoticeKind kind = NoticeKind.Removal) => post.AuthorId is { } writer
        ? new ModeratorNotice { PseudonymId = writer, Kind = kind, Body = body, StoryId = post.ParentStory?.Id, ReplyId = ReplyIdOf(post), CreatedAt = now }
        : null;

    private static long? ReplyIdOf(Post post) => post.Kind == PostKind.Reply ? post.Id : null;

    private static string WhatOf(Post post)
    {
        var title = post.ParentStory?.Title ?? "";
        return post.Kind == PostKind.Story ? $"your story “{title}”" : $"your reply in “{title}”";
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Tells a banned name what the ban means, for how long, and why.</summary>
    public static ModeratorNotice AboutBan(Pseudonym pseudonym, ModerationReason reason, DateTimeOffset now) => new()
    {
        PseudonymId = pseudonym.Id,
        Kind = NoticeKind.Ban,
        Body = $"{Pseudonym.BannedMessage(pseudonym.BannedUntil)}\n\nWhat the moderators wrote about why:\n{reason.Text}",
        CreatedAt = now,
    };

    /// <summary>
    /// Kept as the day only (UTC midnight): retention needs no more, and exact moments would cluster the notices one
    /// person reads for several names within minutes of each other. A day is shared with everyone who read that day.
    /// </summary>
    public void MarkRead(DateTimeOffset now) => ReadAt ??= new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
}
