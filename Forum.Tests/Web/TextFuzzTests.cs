using System.Globalization;
using System.Text;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;

namespace Forum.Tests.Web;

/// <summary>
/// A sample of every Unicode general category, and the characters that used to fail a request (BEL, ESC, U+FFFE,
/// an override, the Hangul filler, halves of surrogate pairs sent as raw bytes), typed into every text field of
/// every form a writer, reader or moderator has. No answer is a 5xx, and where the words were kept they are the
/// words typed, less only the characters the stored-text rule (PlainText) takes out.
/// </summary>
public sealed class TextFuzzTests : ModerationWebTest
{
    private sealed record Sample(string Category, string Text, bool Exact = true);

    private static readonly Sample[] Samples =
    [
        new("Lu", "\u00C4\u0401"), new("Ll", "\u00DF\u044F"), new("Lt", "\u01C5"), new("Lm", "\u02B0"), new("Lo", "\u3042\u05D0\u0627"),
        new("Lo filler", "\u3164"), new("Mn", "e\u0301"), new("Mc", "\u0915\u0903"), new("Me", "\u20DD"), new("Nd", "\u0663"),
        new("Nl", "\u216B"), new("No", "\u00BD"), new("Pc", "\u203F"), new("Pd", "\u2014"), new("Ps", "\u300C"), new("Pe", "\u300D"),
        new("Pi", "\u00AB"), new("Pf", "\u00BB"), new("Po", "\u00A1"), new("Sm", "\u2211"), new("Sc", "\u20AC"), new("Sk", "\u02DC"),
        new("So", "\u263A\U0001F600"), new("Zs", "\u3000"), new("Zl", "\u2028"), new("Zp", "\u2029"),
        new("Cc BEL", "\u0007"), new("Cc ESC", "\u001B"), new("Cc DEL", "\u007F"), new("Cc C1", "\u0085\u009B"), new("Cc tab", "\t"),
        new("Cf RLO", "\u202E"), new("Cf isolates", "\u2066\u2067\u2068\u2069"), new("Cf marks", "\u200E\u200F\u061C"),
        new("Cf others", "\u200B\u00AD\uFEFF"), new("Co", "\uE000\U000F0000"), new("Cn", "\u0378"),
        new("Cn U+FFFE", "\uFFFE"), new("Cn U+FFFF", "\uFFFF"), new("Cn U+FDD0", "\uFDD0"), new("Cn plane ends", "\U0001FFFE\U0010FFFF"),
        new("Cs high", "\uD800", Exact: false), new("Cs low", "\uDC00", Exact: false), new("Cs reversed", "\uDC00\uD800", Exact: false),
        new("Supplementary letter", "\U0001D400"), new("NUL", "\u0000"),
    ];

    private int _inputs;
    private readonly Dictionary<string, int> _accepted = [];
    private readonly List<string> _serverErrors = [];
    private readonly List<string> _wrongWords = [];

    [Test]
    public async Task No_text_in_any_field_of_any_form_is_a_server_error_and_kept_words_are_the_words_typed()
    {
        var moderator = await Factory.SignedInModeratorAsync();
        var target = await StoryAsync("Fuzz target");
        var today = DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        foreach (var sample in Samples)
        {
            var marker = Guid.NewGuid().ToString("N")[..8];
            var text = $"Day {sample.Text} three {marker}";

            var writer = NewVisitor();
            var posted = await SendAsync("story title and body", sample, writer, Links.NewStory("anxiety"), Links.RoomStories("anxiety"),
                [("Title", text), ("Body", text)]);
            if (posted.StatusCode == HttpStatusCode.Redirect)
            {
                var story = StoryRef.FromLocation(posted.Headers.Location!.OriginalString);
                await ExpectStoredAsync("story", sample, text, await InDatabaseAsync(db => db.Stories.Where(s => s.Id == story.Id).Select(s => new { s.Title, s.BodySource }).SingleAsync()) is var s ? (s.Title, s.BodySource) : default);
                await ReadAsync("story page", sample, writer, posted.Headers.Location!.OriginalString);

                var edited = $"Edited {sample.Text} words {marker}";
                var edit = await SendAsync("edit", sample, writer, $"/posts/thread/{story.Id}/edit", $"/posts/thread/{story.Id}/edit", [("Title", edited), ("Body", edited)]);
                if (edit.StatusCode == HttpStatusCode.Redirect)
                    await ExpectStoredAsync("edit", sample, edited, await InDatabaseAsync(db => db.Stories.Where(x => x.Id == story.Id).Select(x => new { x.Title, x.BodySource }).SingleAsync()) is var e ? (e.Title, e.BodySource) : default);

                await SendAsync("check-in note", sample, writer, "/me/progress", "/me/progress/check-ins", [("Day", today), ("Mood", "3"), ("Note", text)]);
                await SendAsync("milestone label", sample, writer, "/me/progress", "/me/progress/milestone", [("Label", $"Sober {sample.Text}"), ("StartedOn", today)]);
                await SendAsync("new name", sample, writer, "/me/new", "/me/pseudonyms", [("Name", $"Fern{sample.Text}Leaf {marker[..4]}")]);
            }

            var reply = await SendAsync("reply", sample, NewVisitor(), target.Location, Links.Replies(target.StoryId), [("Body", text)]);
            if (reply.StatusCode == HttpStatusCode.Redirect)
            {
                var body = await InDatabaseAsync(db => db.Replies.Where(r => r.BodySource.Contains(marker)).Select(r => r.BodySource).SingleAsync());
                await ExpectStoredAsync("reply", sample, text, (null, body));
            }

            await SendAsync("report note", sample, NewVisitor(), $"/posts/reply/{target.ReplyId}/report", $"/posts/reply/{target.ReplyId}/report",
                [("Category", "other"), ("Note", text)]);
            await SendAsync("moderator notice", sample, moderator, target.StoryPage, Links.Mod.Notice(PostKind.Story, target.StoryId),
                [("Message", text), ("Reason", text), ("CrisisCountry", "")]);
            await SendAsync("moderator sign-in name", sample, NewVisitor(), "/mod/login", "/mod/login", [("Name", $"Mod {sample.Text}"), ("Password", "not the password")]);
            await ReadAsync("search", sample, NewVisitor(), "/search?q=" + Encode($"three {sample.Text}"));
        }
        await ReadAsync("forum feed", Samples[0], NewVisitor(), "/feed.atom");
        await ReadAsync("room feed", Samples[0], NewVisitor(), "/r/anxiety/feed.atom");

        TestContext.Out.WriteLine($"{_inputs} inputs from {Samples.Length} samples; {_serverErrors.Count} answered 5xx.");
        TestContext.Out.WriteLine("Accepted: " + string.Join(", ", _accepted.Select(a => $"{a.Key} {a.Value}")));
        _serverErrors.ShouldBeEmpty();
        foreach (var field in new[] { "story title and body", "edit", "reply", "report note", "moderator notice", "check-in note" })
            _accepted.GetValueOrDefault(field).ShouldBeGreaterThan(Samples.Length / 2, $"most {field} inputs are taken, so the form was really filled");
        _wrongWords.ShouldBeEmpty();
    }

    /// <summary>Fills the form as <see cref="WebForms.SubmitAsync(HttpClient, string, string, IEnumerable{ValueTuple{string, string}})"/> does, but encodes the body itself so that a half of a surrogate pair goes as its raw bytes.</summary>
    private async Task<HttpResponseMessage> SendAsync(string field, Sample sample, HttpClient client, string page, string action, (string Name, string Value)[] fields)
    {
        var hidden = await client.HiddenFieldsAsync(page, action);
        var all = hidden.Where(h => fields.All(f => f.Name != h.Key)).Select(h => (Name: h.Key, h.Value)).Concat(fields);
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(string.Join('&', all.Select(f => Encode(f.Name) + "=" + Encode(f.Value)))));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        var response = await client.PostAsync(action, content);
        Count(field, sample, response);
        return response;
    }

    private async Task ReadAsync(string field, Sample sample, HttpClient client, string url) => Count(field, sample, await client.GetAsync(url));

    private void Count(string field, Sample sample, HttpResponseMessage response)
    {
        _inputs++;
        if ((int)response.StatusCode is >= 200 and < 400) _accepted[field] = _accepted.GetValueOrDefault(field) + 1;
        if ((int)response.StatusCode >= 500) _serverErrors.Add($"{field} with {sample.Category}: {(int)response.StatusCode}");
    }

    private Task ExpectStoredAsync(string field, Sample sample, string typed, (string? Title, string Body) stored)
    {
        if (!sample.Exact) return Task.CompletedTask;
        if (stored.Title is not null && stored.Title != Kept(typed, oneLine: true).Trim())
            _wrongWords.Add($"{field} title with {sample.Category}: {Escaped(stored.Title)}");
        if (stored.Body.Trim() != Kept(typed, oneLine: false).Trim())
            _wrongWords.Add($"{field} body with {sample.Category}: {Escaped(stored.Body)}");
        return Task.CompletedTask;
    }

    /// <summary>The test's own statement of the rule: what is left of the typed words.</summary>
    private static string Kept(string typed, bool oneLine)
    {
        var kept = new StringBuilder();
        for (var i = 0; i < typed.Length; i++)
        {
            var c = typed[i];
            if (char.IsHighSurrogate(c) && i + 1 < typed.Length && char.IsLowSurrogate(typed[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, typed[++i]);
                if ((codePoint & 0xFFFE) != 0xFFFE) kept.Append(c).Append(typed[i]);
                continue;
            }
            if (c is '\t' or '\n' or '\r') kept.Append(oneLine ? ' ' : c);
            else if (c < ' ' || c is >= '\u007F' and <= '\u009F' || char.IsSurrogate(c)) continue;
            else if (c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF') continue;
            else if (oneLine && c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C') continue;
            else kept.Append(c);
        }
        return kept.ToString();
    }

    private static string Escaped(string text) => string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));

    /// <summary>Percent-encodes as UTF-8, and a lone surrogate as the three bytes it would be (what WTF-8 calls it), which no decoder accepts.</summary>
    private static string Encode(string text)
    {
        var encoded = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            byte[] bytes;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) bytes = Encoding.UTF8.GetBytes(text.Substring(i++, 2));
            else if (char.IsSurrogate(c)) bytes = [(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))];
            else if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~') { encoded.Append(c); continue; }
            else bytes = Encoding.UTF8.GetBytes(c.ToString());
            foreach (var b in bytes) encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return encoded.ToString();
    }
}
