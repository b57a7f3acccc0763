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

    /// <summary>Waits for something replication brings about; the bound only keeps a broken standby from hanging the run.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (await condition()) return;
            await Task.Delay(100);
        }
        Assert.Fail($"Not within 60 s: {what}.");
    }
}
