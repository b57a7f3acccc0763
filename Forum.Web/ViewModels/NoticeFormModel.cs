namespace Forum.Web.ViewModels;

/// <summary>
/// The form that sends a post's writer a private notice, on the post's moderation page and, for someone who may
/// be at risk, in the queue itself.
/// </summary>
/// <param name="Prefix">Keeps the ids of several such forms on one page apart.</param>
/// <param name="AtRisk">Someone reported the post as "may be at risk": the form starts with a kind check-in and a reason, ready to send.</param>
/// <param name="AtRiskReason">The reason the form starts with, when it is not a report's.</param>
/// <param name="WriterCountry">
/// The country the writer chose on the crisis pause (its code), when what flagged the post kept it: the lines the
/// at-risk message starts with. Without it the message starts with the international directory, right anywhere.
/// </param>
public sealed record NoticeFormModel(
    PostKind Kind, long PostId, string WriterName, bool AtRisk, bool FromQueue, string Prefix, string? AtRiskReason = null, string? WriterCountry = null);
