namespace Forum.Web.Controllers;

/// <summary>
/// Any reader can report a post, with or without a pseudonym. Nothing about the reader is kept, and neither the
/// writer nor the public ever sees that a post was reported.
/// </summary>
public sealed class ReportsController(ReportWriter writer) : Controller
{
    public const string Thanks =
        "Thank you for telling us. A moderator will look at it; the writer isn't told, and nobody can see who reported it.";

    [HttpGet("/posts/{kind:postkind}/{id:long}/report", Name = RouteNames.Report)]
    public async Task<IActionResult> New([FromRoute(Name = "kind")] PostKind postKind, long id, CancellationToken cancellationToken)
    {
        var post = await writer.ReportablePostAsync(postKind, id, cancellationToken);
        return post is null ? NotFound() : View(new ReportPageViewModel(postKind, id, post, new ReportForm()));
    }

    [EnableRateLimiting(RateLimitPolicies.Reports)]
    [HttpPost("/posts/{kind:postkind}/{id:long}/report")]
    public async Task<IActionResult> Create([FromRoute(Name = "kind")] PostKind postKind, [FromRoute] long id, [FromForm] ReportForm form, CancellationToken cancellationToken)
    {
        if (!ReportCategoryText.Codes.TryParse(form.Category, out var category))
            return await this.ShowRefusedAsync("Please choose what worries you about this post.", StatusCodes.Status400BadRequest,
                () => ShowAgainAsync(postKind, id, form, cancellationToken), "Category");
        return await this.WriteOrShowAgainAsync(async () =>
        {
            var back = await writer.ReportAsync(postKind, id, category, form.Note, cancellationToken);
            if (back is not { } thread) return NotFound();
            this.LeaveNote(PageNoteKind.Thanks, Thanks);
            return RedirectToRoute(RouteNames.Story, new { id = thread.StoryId, slug = thread.Slug }, ForumLinks.PostAnchor(postKind, id));
        }, () => ShowAgainAsync(postKind, id, form, cancellationToken), "Note");
    }

    private async Task<IActionResult> ShowAgainAsync(PostKind kind, long id, ReportForm form, CancellationToken cancellationToken)
    {
        var post = await writer.ReportablePostAsync(kind, id, cancellationToken);
        return post is null ? NotFound() : View("New", new ReportPageViewModel(kind, id, post, form));
    }
}
