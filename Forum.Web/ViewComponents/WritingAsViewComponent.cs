namespace Forum.Web.ViewComponents;

/// <summary>
/// The header's "Writing as …" line and unread count, both read by the session in its one query (a page whose
/// controller asked for the pseudonym already paid for it). It is the only part of the layout that reads the database, so when the database is away it quietly shows nothing, and every page that needs no database (help, support,
/// privacy, the crisis pause, the error pages) still renders.
/// </summary>
public sealed class WritingAsViewComponent(PseudonymSession session) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        try
        {
            var writingAs = await session.CurrentAsync(HttpContext.RequestAborted);
            if (writingAs is null) return Content("");
            var unread = await session.UnreadAsync(HttpContext.RequestAborted);
            return View(new WritingAs(writingAs, unread));
        }
        catch (Exception e) when (DatabaseUnavailable.IsUnavailable(e))
        {
            return Content("");
        }
    }

    public sealed record WritingAs(Pseudonym Pseudonym, int Unread);
}
