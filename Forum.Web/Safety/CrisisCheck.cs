using Forum.Domain.Safety.Risk;

namespace Forum.Web.Safety;

/// <summary>
/// The composer that notices: a post with words of acute danger first shows its writer the crisis lines, once. It
/// never blocks (the writer can post it unchanged), never reports, and keeps no trace: there is deliberately no
/// logging here, no counter, and nothing written to the database or a cookie.
/// </summary>
public sealed class CrisisCheck(IRiskDetector detector, IOptions<CrisisHelpOptions> help)
{
    public CrisisHelpOptions Help => help.Value;

    /// <summary>Whether to pause before publishing; a writer who has already seen the page and chose to post is not asked twice.</summary>
    public bool ShouldPause(string? intent, params string[] texts) =>
        intent != ComposeIntent.PostAnyway && detector.Assess(texts) != RiskBand.None;

    public ViewResult Pause(Controller controller, CrisisPauseViewModel model)
    {
        // Private to this moment: not kept in the browser's cache or history, nor by anything in between.
        controller.Response.Headers.CacheControl = "no-store";
        return controller.View("CrisisPause", model);
    }
}
