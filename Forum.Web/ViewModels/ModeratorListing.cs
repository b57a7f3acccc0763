namespace Forum.Web.ViewModels;

public sealed record ModeratorListing(string Name, ModeratorRole Role, DateTimeOffset CreatedAt, int FailedSignIns);
