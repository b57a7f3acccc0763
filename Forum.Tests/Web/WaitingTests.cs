using System.Net;
using Forum.Tests.Infrastructure;
using Forum.Tests.Infrastructure.Pages;
using Microsoft.EntityFrameworkCore;

namespace Forum.Tests.Web;

/// <summary>"Waiting for a reply": nobody should post their first story into silence.</summary>
public sealed class WaitingTests : WebTest
{
    private static List<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page, string scope = "") =>
        page.QuerySelectorAll($"{scope} a.thread-title").Select(a => a.TextContent).ToList();

    [Test]
    public async Task Stories_nobody_has_answered_are_listed_oldest_first_and_leave_once_answered_or_closed()
    {
        var older = Unique("Waiting since morning");
        var newer = Unique("Waiting since noon");
        var answered = Unique("Already answered");
        var closed = Unique("Closed before anyone wrote");
        await PostStoryAsync(NewVisitor(), older);
        Factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await PostStoryAsync(NewVisitor(), newer);
        var replied = await PostStoryAsync(NewVisitor(), answered);
        (await NewVisitor().SubmitAsync(replied, Links.Replies(replied.Id), new Dictionary<string, string> { ["Body"] = "I hear you." }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var locked = await PostStoryAsync(NewVisitor(), closed);
        await InDatabaseAsync(async db =>
        {
            (await db.Stories.SingleAsync(t => t.Id == locked.Id)).Lock("Resting for now.");
            return await db.SaveChangesAsync();
        });

        var titles = new List<string>();
        string? page = Links.Waiting();
        while (page is not null)
        {
            var document = await NewVisitor().GetDocumentAsync(page);
            titles.AddRange(Titles(document, ".thread-list"));
            page = document.QuerySelector(StoryPage.NextPage)?.GetAttribute("href");
        }

        titles.ShouldContain(older);
        titles.IndexOf(older).ShouldBeLessThan(titles.IndexOf(newer), "the story that has waited longest comes first");
        titles.ShouldNotContain(answered);
        titles.ShouldNotContain(closed, "a closed story can't be answered");
        titles.ShouldNotContain(t => t.StartsWith("Community guidelines"), "the forum's pinned notices are not waiting for anyone");
    }

    [Test]
    public async Task The_home_page_links_to_the_stories_waiting_for_a_reply()
    {
        var home = await NewVisitor().GetDocumentAsync(Links.Home());
        home.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldContain(Links.Waiting());
    }

    [TestCase("not-a-cursor")]
    [TestCase("-1")]
    [TestCase("99999999999999999999999-1")]
    [TestCase("1-<script>")]
    public async Task A_cursor_that_is_not_one_is_refused(string after)
    {
        var response = await NewVisitor().GetAsync($"{Links.Waiting()}?after={Uri.EscapeDataString(after)}");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_very_long_cursor_is_refused()
    {
        var response = await NewVisitor().GetAsync($"{Links.Waiting()}?after={new string('1', 5000)}-1");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_verified_peer_supporter_sees_waiting_stories_at_the_top_of_their_page_and_others_do_not()
    {
        var waiting = Unique("Nobody has answered me yet");
        await PostStoryAsync(NewVisitor(), waiting);
        var supporter = NewVisitor();
        var own = await PostStoryAsync(supporter, Unique("The supporter's own story"));
        var plain = NewVisitor();
        await PostStoryAsync(plain, Unique("Someone without a badge"));
        await InDatabaseAsync(async db =>
        {
            var author = await db.Stories.Where(t => t.Id == own.Id).Select(t => t.Author!).SingleAsync();
            author.GrantBadge(Forum.Domain.Pseudonyms.VerifiedBadge.PeerSupporter);
            return await db.SaveChangesAsync();
        });

        var me = await supporter.GetDocumentAsync(Links.Me.Index());
        var section = me.QuerySelector(".waiting-for-you")!;
        me.QuerySelector(".me section")!.ShouldBe(section, "it comes first on the page");
        section.QuerySelectorAll("a.thread-title").Length.ShouldBeGreaterThan(0);
        section.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldContain(Links.Waiting());

        (await plain.GetDocumentAsync(Links.Me.Index())).QuerySelector(".waiting-for-you").ShouldBeNull();
    }
}
