namespace Forum.Data.Moderation;

/// <param name="ReadNotices">Notices from the moderators that their pseudonym read longer ago than the window.</param>
public sealed record PurgeCounts(int Stories, int Replies, int Reports, int ReadNotices = 0);
