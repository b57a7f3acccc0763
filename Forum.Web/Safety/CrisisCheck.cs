using Forum.Domain.Safety.Risk;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Forum.Web.Safety;

/// <summary>
/// The composer that notices: words that may mean their writer is at risk first show the crisis lines, privately,
/// on the pause before posting and beside a preview, and once more above the post when they chose to post it. It
/// never blocks (the writer can post unchanged) and logs nothing: no words, and no more than one in a count of pauses shown. The post itself carries the
/// detector's band for the moderators (the writer is told so on the pause), written by the post's writer.
/// </summary>
public sealed class CrisisCheck(IRiskDetector detector, Telemetry.ForumMeters meters)
{
    /// <summary>One note across the redirect after "Post it now", in TempData (read once, then gone).</summary>
    private const string PostedAfterPauseKey = "posted-after-pause";

    /// <summary>Set for the rest of a request whose preview should carry the crisis lines.</summary>
    private static readonly object PreviewKey = new();

    /// <summary>Whether to pause before publishing; a writer who has already seen the page and chose to post is not asked twice.</summary>
    public bool ShouldPause(string? intent, params string[] texts) =>
        intent != ComposeIntent.PostAnyway && MayBeAtRisk(texts);

    public bool MayBeAtRisk(params string[] texts) => detector.Assess(texts) != RiskBand.None;

    public ViewResult Pause(Controller controller, CrisisPauseViewModel model)
    {
        KeepPrivate(controller.HttpContext);
        meters.CrisisPauseShown();
        return controller.View("CrisisPause", model);
    }

    /// <summary>
    /// A preview of words that may mean the writer is at risk shows the crisis lines beside it, and, like the pause,
    /// is kept by nothing: not even this browser's cache for Back (the words are still in the form, and in the
    /// device's draft when the writer keeps drafts).
    /// </summary>
    /// <returns>Whether it does.</returns>
    public bool OfferHelpWithPreview(HttpContext context, params string[] texts)
    {
        if (!MayBeAtRisk(texts)) return false;
        KeepPrivate(context);
        context.Items[PreviewKey] = true;
        return true;
    }

    public static bool PreviewOffersHelp(HttpContext context) => context.Items.ContainsKey(PreviewKey);

    /// <summary>Called once the post is written from the pause: the page it lands on says so first, with the lines.</summary>
    public static void NotePostedAfterPause(Controller controller) => controller.TempData[PostedAfterPauseKey] = true;

    /// <summary>Read once: a reload of the page no longer shows it.</summary>
    public static bool TakePostedAfterPause(HttpRequest request, ITempDataDictionary tempData) =>
        request.Cookies.ContainsKey(NewNamePrompt.TempDataCookie) && tempData[PostedAfterPauseKey] is true;

    /// <summary>Private to this moment: not kept in the browser's cache or history, nor by anything in between.</summary>
    private static void KeepPrivate(HttpContext context) => context.Response.Headers.CacheControl = "no-store";
}
