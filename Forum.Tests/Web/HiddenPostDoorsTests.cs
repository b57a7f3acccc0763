using System.Net;
using System.Text.RegularExpressions;
using Forum.Domain.Stories;
using Forum.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Tests.Web;

/// <summary>
/// Every door that takes a post's id, found in the app's own endpoint list so that a new route cannot forget: a
/// removed, a held, a writer-deleted and a missing post answer alike (status, page apart from its tokens, Location)
/// to a reader without a name and to another name, so nobody can tell which posts exist or what they were called.
/// </summary>
public sealed partial class HiddenPostDoorsTests : WebTest
{
    /// <summary>Routes with an id that is not a post's, and why they are not doors to one.</summary>
    private static readonly Dictionary<string, string> NotPostIds = new()
    {
        ["/me/notices/{id:long}/read"] = "a notice to the reader's own name, not a post",
        ["/me/pseudonyms/{id:guid}/recovery-key"] = "a name this browser keeps",
        ["/me/pseudonyms/{id:guid}/burn"] = "a name this browser keeps",
        ["/me/pseudonyms/{id:guid}/export"] = "a name this browser keeps",
        ["/me/pseudonyms/{id:guid}/inbox/read"] = "a name this browser keeps",
        ["/me/pseudonyms/{id:guid}/push"] = "a name this browser keeps",
        ["/me/pseudonyms/{id:guid}/push/off"] = "a name this browser keeps",
    };

    private sealed record Door(string Pattern, string Method);

    private sealed record Hidden(long Story, long Reply, string StoryUrl = "");

    [Test]
    public async Task A_removed_a_held_a_deleted_and_a_missing_post_answer_alike_at_every_door()
    {
        var (removed, held, deleted, missing) = await PostsHiddenEveryWayAsync();
        var otherName = NewVisitor();
        await PostStoryAsync(otherName, Unique("A name of my own"));

        var doors = Doors();
        doors.Select(d => d.Pattern).ShouldContain("/t/{id:long}/follow");
        var failures = new List<string>();
        var table = new List<string>();
        foreach (var door in doors)
        foreach (var kind in KindsOf(door.Pattern))
        foreach (var variant in door.Method == "GET" ? new[] { "" } : ["yes", "no"])
        foreach (var named in new[] { false, true })
        {
            var answers = new Dictionary<string, Answer>();
            foreach (var (state, posts) in new[] { ("removed", removed), ("held", held), ("deleted", deleted), ("missing", missing) })
            {
                var id = kind == PostKind.Story ? posts.Story : posts.Reply;
                answers[state] = await KnockAsync(named ? otherName : NewVisitor(), door, kind, id, variant);
            }
            var label = $"{door.Method} {door.Pattern} [{kind}{(variant == "" ? "" : $", {variant}")}] as {(named ? "another name" : "no name")}";
            table.Add($"{label}: {string.Join(", ", answers.Select(a => $"{a.Key} {a.Value.Summary}"))}");
            foreach (var (state, answer) in answers)
            {
                // A story its writer deleted keeps its page for the replies others wrote (docs/decisions/0003); only the page itself.
                if (state == "deleted" && kind == PostKind.Story && door is { Method: "GET", Pattern: "/t/{id:long}/{slug?}" }) continue;
                if (answer != answers["missing"]) failures.Add($"{label}: {state} answered {answer.Summary}, missing {answers["missing"].Summary}{FirstDifference(answer.Body, answers["missing"].Body)}");
            }
        }
        await TestContext.Out.WriteLineAsync(string.Join('\n', table));
        failures.ShouldBeEmpty();
    }

    [Test]
    public void The_doors_are_found_and_the_routes_left_out_still_exist()
    {
        var patterns = Endpoints().Select(PatternOf).ToHashSet();
        NotPostIds.Keys.Where(p => !patterns.Contains(p)).ShouldBeEmpty("a route left out here no longer exists: take it off the list");
        Doors().Count.ShouldBeGreaterThanOrEqualTo(11);
    }

    private List<RouteEndpoint> Endpoints() =>
        Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    /// <summary>An attribute route's pattern as written, "/t/{id:long}/follow" (the endpoint keeps it without the leading slash).</summary>
    private static string PatternOf(RouteEndpoint endpoint) => "/" + endpoint.RoutePattern.RawText!.TrimStart('/');

    /// <summary>Every route with an id, but the moderators' (who act on hidden posts by design) and those whose id is not a post's.</summary>
    private List<Door> Doors() =>
        Endpoints()
            .Where(e => e.RoutePattern.GetParameter("id") is not null)
            .Where(e => !PatternOf(e).StartsWith("/mod/", StringComparison.Ordinal) && !NotPostIds.ContainsKey(PatternOf(e)))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => new Door(PatternOf(e), m)))
            .Distinct()
            .OrderBy(d => d.Pattern, StringComparer.Ordinal).ThenBy(d => d.Method, StringComparer.Ordinal)
            .ToList();

    private static PostKind[] KindsOf(string pattern) => pattern.Contains("{kind", StringComparison.Ordinal) ? [PostKind.Story, PostKind.Reply] : [PostKind.Story];

    private static string FirstDifference(string one, string other)
    {
        var at = one.Zip(other).TakeWhile(pair => pair.First == pair.Second).Count();
        if (at == one.Length && at == other.Length) return "";
        string Around(string text) => text.Substring(Math.Max(0, at - 80), Math.Min(text.Length - Math.Max(0, at - 80), 160));
        return $"; the pages differ at {at}: «{Around(one)}» against «{Around(other)}»";
    }

    private sealed record Answer(HttpStatusCode Status, string? Location, string Body)
    {
        public string Summary => $"{(int)Status}{(Location is null ? "" : $" → {Location}")}";
    }

    private async Task<Answer> KnockAsync(HttpClient reader, Door door, PostKind kind, long id, string variant)
    {
        var path = Parameter().Replace(door.Pattern, m => m.Groups["name"].Value switch
        {
            "id" => id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "kind" => PostKindText.Codes.Of(kind),
            "slug" => "",
            var other => throw new AssertionException($"{door.Pattern}: no value for {{{other}}}; teach this test what it takes."),
        }).TrimEnd('/');
        HttpResponseMessage response;
        if (door.Method == "GET") response = await reader.GetAsync(path);
        else
        {
            var token = System.Text.Json.JsonDocument.Parse(await reader.GetStringAsync(Links.FormToken())).RootElement.GetProperty("token");
            var yes = variant == "yes" ? "true" : "false";
            var fields = new Dictionary<string, string>
            {
                [token.GetProperty("name").GetString()!] = token.GetProperty("value").GetString()!,
                ["follow"] = yes, ["familiar"] = yes, ["confirm"] = yes,
                ["Title"] = "A title long enough", ["Body"] = "Thinking of you today, and every day this week.",
                ["Category"] = "spam", ["Note"] = "", ["Submission"] = Guid.NewGuid().ToString(),
            };
            response = await reader.PostAsync(path, new FormUrlEncodedContent(fields));
        }
        var body = Tokens().Replace(await response.Content.ReadAsStringAsync(), "<token>");
        return new Answer(response.StatusCode, response.Headers.Location?.OriginalString, body);
    }

    /// <summary>One of each: a story and a reply removed by the moderators, held for review, deleted by their writer; and ids nobody has used.</summary>
    private async Task<(Hidden Removed, Hidden Held, Hidden Deleted, Hidden Missing)> PostsHiddenEveryWayAsync()
    {
        var writer = NewVisitor();
        var open = await PostStoryAsync(writer, Unique("Where the replies live"));
        async Task<Hidden> PairAsync(string title)
        {
            var story = await PostStoryAsync(writer, Unique(title));
            var response = await writer.SubmitAsync(open, Links.Replies(open.Id), new Dictionary<string, string> { ["Body"] = $"{title}, and so on for a while." });
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            return new Hidden(story.Id, long.Parse(response.Headers.Location!.OriginalString.Split("#reply-")[1], System.Globalization.CultureInfo.InvariantCulture), story.Url);
        }
        var removed = await PairAsync("Secret removed title");
        var held = await PairAsync("Secret held title");
        var deleted = await PairAsync("Secret deleted title");
        await ExecuteSqlAsync($"""
            UPDATE threads SET removed_at = now(), removal_reason = 'test' WHERE id = {removed.Story};
            UPDATE replies SET removed_at = now(), removal_reason = 'test' WHERE id = {removed.Reply};
            UPDATE threads SET held_at = now() WHERE id = {held.Story};
            UPDATE replies SET held_at = now() WHERE id = {held.Reply};
            """);
        // A story its writer deletes with nobody's reply goes entirely; one answered stays, saying so.
        var answer = await NewVisitor().SubmitAsync(deleted.StoryUrl, Links.Replies(deleted.Story),
            new Dictionary<string, string> { ["Body"] = "I hear you, and I am glad you wrote." });
        answer.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        foreach (var (kind, id) in new[] { (PostKind.Story, deleted.Story), (PostKind.Reply, deleted.Reply) })
            (await writer.SubmitAsync(Links.DeletePost(kind, id), Links.DeletePost(kind, id), new Dictionary<string, string> { ["confirm"] = "true" }))
                .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var last = await InDatabaseAsync(async db => (await db.Stories.MaxAsync(t => (long?)t.Id) ?? 0, await db.Replies.MaxAsync(r => (long?)r.Id) ?? 0));
        return (removed, held, deleted, new Hidden(last.Item1 + 1000, last.Item2 + 1000));
    }

    [GeneratedRegex(@"\{(?<name>\w+)(:[^}?]*)?\??\}")]
    private static partial Regex Parameter();

    /// <summary>What differs between any two answers by design: the antiforgery token and a form's fresh submission key.</summary>
    [GeneratedRegex(@"<input[^>]*name=""(__form|Submission)""[^>]*>|<input[^>]*value=""[^""]*""[^>]*name=""(__form|Submission)""[^>]*>")]
    private static partial Regex Tokens();
}
