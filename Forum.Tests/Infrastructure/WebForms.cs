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
        var fetched = await FetchedFieldsAsync(client, form);
        given.AddRange(fetched.Where(field => given.All(g => g.Name != field.Name)));
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(input => input.Type == "hidden" && given.All(field => field.Name != input.Name))
            .Select(input => new KeyValuePair<string, string>(input.Name!, input.Value))
            .Concat(given.Select(field => new KeyValuePair<string, string>(field.Name, field.Value)));
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>
    /// The hidden fields of the form on <paramref name="pageUrl"/> that posts to <paramref name="action"/>, as a browser
    /// with JavaScript would send them: on a shared page, the token and submission key fetched as js/forms.js does.
    /// </summary>
    public static async Task<List<KeyValuePair<string, string>>> HiddenFieldsAsync(this HttpClient client, string pageUrl, string action)
    {
        var form = (await client.GetDocumentAsync(pageUrl)).Forms.SingleOrDefault(f => f.GetAttribute("action") == action)
                   ?? throw new AssertionException($"No form posting to {action} on {pageUrl}.");
        var fetched = await FetchedFieldsAsync(client, form);
        return form.Elements.OfType<IHtmlInputElement>()
            .Where(input => input.Type == "hidden" && fetched.All(field => field.Name != input.Name))
            .Select(input => new KeyValuePair<string, string>(input.Name!, input.Value))
            .Concat(fetched.Select(field => new KeyValuePair<string, string>(field.Name, field.Value)))
            .ToList();
    }

    /// <summary>
    /// A form on a page shared by every reader without a cookie has no token or submission key; js/forms.js fetches
    /// them from the form's data-token-source when the reader starts to use it, and so does this.
    /// </summary>
    public static async Task<List<(string Name, string Value)>> FetchedFieldsAsync(HttpClient client, IHtmlFormElement form)
    {
        if (form.GetAttribute("data-token-source") is not { } source) return [];
        var answer = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(source)).RootElement;
        var token = answer.GetProperty("token");
        var fetched = new List<(string, string)> { (token.GetProperty("name").GetString()!, token.GetProperty("value").GetString()!) };
        if (form.Elements.OfType<IHtmlInputElement>().Any(input => input.Name == "Submission"))
            fetched.Add(("Submission", answer.GetProperty("submission").GetString()!));
        return fetched;
    }

    /// <summary>An antiforgery token as the page's forms get it: in the page, or fetched as js/forms.js does on a shared page.</summary>
    public static async Task<string> TokenAsync(this HttpClient client, string pageUrl)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        return page.QuerySelectorAll("input[name='__form']").OfType<IHtmlInputElement>().FirstOrDefault()?.Value
               ?? (await FetchedFieldsAsync(client, page.Forms.First(f => f.HasAttribute("data-token-source")))).First().Value;
    }

    /// <summary>
    /// Posts to <paramref name="action"/> with a valid antiforgery token taken from any form on <paramref name="pageUrl"/>:
    /// what a hostile or hand-made request looks like when the page offers no such form.
    /// </summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(
        this HttpClient client, string pageUrl, string action, IReadOnlyDictionary<string, string> fields)
    {
        var token = await TokenAsync(client, pageUrl);
        var values = new Dictionary<string, string>(fields) { ["__form"] = token };
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }
}
