namespace Forum.Tests.Infrastructure;

/// <summary>Marking inboxes read the way a person does on /me: one name's "mark read" per press.</summary>
public static class Inboxes
{
    /// <summary>The /me forms that mark one name's inbox read, by their action.</summary>
    public static async Task<List<string>> MarkReadActionsAsync(this HttpClient browser) =>
        (await browser.GetDocumentAsync("/me")).Forms
            .Select(f => f.GetAttribute("action")!)
            .Where(a => a.StartsWith("/me/pseudonyms/") && a.EndsWith("/inbox/read"))
            .ToList();

    /// <summary>Presses every name's "mark read" in turn, each its own request; the answers, in order.</summary>
    public static async Task<List<HttpResponseMessage>> MarkEveryInboxReadAsync(this HttpClient browser)
    {
        var answers = new List<HttpResponseMessage>();
        foreach (var action in await browser.MarkReadActionsAsync())
            answers.Add(await browser.SubmitAsync("/me", action, new Dictionary<string, string>()));
        answers.ShouldNotBeEmpty("there was something to mark read");
        return answers;
    }
}
