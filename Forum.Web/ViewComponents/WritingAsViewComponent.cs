namespace Forum.Web.ViewComponents;

/// <summary>
/// The header's "Writing as …" line, the unread count, and any notice from the moderators to a name this browser
/// holds, all read by the session in its one query (a page whose controller asked for the pseudonym already paid
/// for it). It is the only part of the layout that reads the database, so when the database is away it quietly
/// shows nothing, and every page that needs no database (help, support, privacy, the crisis pause, the error
/// pages) still renders.
/// </summary>
public sealed class WritingAsViewComponent(PseudonymSession session, IOptions<CrisisLines> lines) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        try
        {
            var writingAs = await session.CurrentAsync(HttpContext.RequestAborted);
            if (writingAs is null) return Content("");
            var held = await session.KeptAsync(HttpContext.RequestAborted);
            var unread = await session.UnreadAsync(HttpContext.RequestAborted);
            var notices = held
                .SelectMany(p => p.Notices.Where(n => !n.IsRead).Select(n => new HeldNotice(p.Name, n,
                    n.CrisisCountry is { } country ? lines.Value.ForNotice(country) : null,
                    n.Kind == NoticeKind.Ban ? p.BannedUntil : null)))
                .ToList();
            // Marking a notice read comes back to the page it was read on; a page a form answered can't be fetched again.
            var back = HttpMethods.IsGet(Request.Method) ? Request.Path + Request.QueryString : null;
            return View(new WritingAs(writingAs, unread, notices, back));
        }
        catch (Exception e) when (DatabaseUnavailable.IsUnavailable(e))
        {
            return Content("");
        }
    }

    public sealed record WritingAs(Pseudonym Pseudonym, int Unread, IReadOnlyList<HeldNotice> Notices, string? Back);

    /// <param name="Lines">The chosen country's crisis lines with the directory, or null when the moderator sent none.</param>
    /// <param name="BanEnd">For a ban's notice, when the ban ends: its words say it in UTC, and the page puts it in the reader's zone.</param>
    public sealed record HeldNotice(string PseudonymName, ModeratorNotice Notice, CrisisLinesView? Lines, DateTimeOffset? BanEnd = null);
}
