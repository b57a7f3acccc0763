using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Forum.Tests.Infrastructure;

/// <summary>
/// Reads pages the way a browser would and submits their real forms, antiforgery token included (the
/// approach of eShopOnWeb's WebPageHelpers), parsing HTML with AngleSharp rather than regular expressions.
/// </summary>
public static class WebForms
{
    public static async Task<IHtmlDocument> ParseAsync(this HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await response.ParseAsync();
    }

    /// <summary>Loads <paramref name="pageUrl"/>, fills the form that posts to <paramref name="action"/>, and submits it.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, string pageUrl, string action, IReadOnlyDictionary<string, string> fields)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var form = page.Forms.SingleOrDefault(f => f.GetAttribute("action") == action)
                   ?? throw new AssertionException($"No form posting to {action} on {pageUrl}.");
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(input => input.Type == "hidden")
            .ToDictionary(input => input.Name!, input => input.Value);
        foreach (var (name, value) in fields) values[name] = value;
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }
}
