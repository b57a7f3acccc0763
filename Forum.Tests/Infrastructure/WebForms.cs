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
    public static Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, string pageUrl, string action, IReadOnlyDictionary<string, string> fields) =>
        client.SubmitAsync(pageUrl, action, fields.Select(field => (field.Key, field.Value)));

    /// <summary>The same, for forms that send one name several times (a group of checkboxes).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, string pageUrl, string action, IEnumerable<(string Name, string Value)> fields)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var form = page.Forms.SingleOrDefault(f => f.GetAttribute("action") == action)
                   ?? throw new AssertionException($"No form posting to {action} on {pageUrl}.");
        var given = fields.ToList();
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(input => input.Type == "hidden" && given.All(field => field.Name != input.Name))
            .Select(input => new KeyValuePair<string, string>(input.Name!, input.Value))
            .Concat(given.Select(field => new KeyValuePair<string, string>(field.Name, field.Value)));
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>
    /// Posts to <paramref name="action"/> with a valid antiforgery token taken from any form on <paramref name="pageUrl"/>:
    /// what a hostile or hand-made request looks like when the page offers no such form.
    /// </summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(
        this HttpClient client, string pageUrl, string action, IReadOnlyDictionary<string, string> fields)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var token = page.QuerySelectorAll("input[name='__form']").OfType<IHtmlInputElement>().First().Value;
        var values = new Dictionary<string, string>(fields) { ["__form"] = token };
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }
}
