using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Dom;

namespace Forum.Tests.Cluster;

/// <summary>How the cluster tests act as people: a browser is a cookie jar carried to whichever node answers.</summary>
internal static class ClusterVisits
{
    /// <summary>A browser that keeps <paramref name="jar"/>'s cookies and does not follow redirects, talking to one address.</summary>
    public static HttpClient Visitor(CookieContainer jar, Uri node) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = jar })
        {
            BaseAddress = node,
            Timeout = TimeSpan.FromSeconds(20),
        };

    public static IEnumerable<KeyValuePair<string, string>> HiddenFields(IHtmlDocument page, string action) =>
        page.Forms.Single(f => f.GetAttribute("action") == action).Elements.OfType<IHtmlInputElement>()
            .Where(input => input.Type == "hidden")
            .Select(input => new KeyValuePair<string, string>(input.Name!, input.Value));

    /// <summary>Writes a story through the real form and returns where it lives.</summary>
    public static async Task<string> PostStoryAsync(HttpClient writer, string title, string body = "Some lines about a hard week.")
    {
        var posted = await writer.SubmitAsync("/r/anxiety/new", "/r/anxiety/threads",
            new Dictionary<string, string> { ["Title"] = $"{title} {Guid.NewGuid():N}", ["Body"] = body });
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());
        return posted.Headers.Location!.OriginalString;
    }

    public static string RepliesOf(string story) => $"/t/{story.Split('/')[2]}/replies";

    /// <summary>
    /// Waits for something replication brings about. The default bound only keeps a broken standby from hanging the
    /// run; a test gives a tighter one where arriving later would mean something else did the work.
    /// </summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, TimeSpan? within = null)
    {
        var bound = within ?? TimeSpan.FromSeconds(60);
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < bound)
        {
            if (await condition()) return;
            await Task.Delay(100);
        }
        Assert.Fail($"Not within {bound.TotalSeconds:F0} s: {what}.");
    }
}
