namespace Forum.Data.Moderation;

public sealed record PurgeCounts(int Threads, int Replies, int Reports);
