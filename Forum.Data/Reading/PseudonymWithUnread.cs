namespace Forum.Data.Reading;

/// <param name="Unread">New replies to this pseudonym's stories, counted up to <see cref="MeReader.UnreadCap"/> + 1.</param>
public sealed record PseudonymWithUnread(Pseudonym Pseudonym, int Unread);
