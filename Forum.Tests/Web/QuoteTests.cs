using System.Net;
using Forum.Domain.Reactions;
using Forum.Tests.Infrastructure;
using Forum.Tests.Infrastructure.Pages;
using Microsoft.EntityFrameworkCore;

namespace Forum.Tests.Web;

/// <summary>"Reply quoting this" without script: the composer opens with the post quoted as Markdown.</summary>
public sealed class QuoteTests : WebTest
{
    private async Task<long> ReplyAsync(HttpClient visitor, StoryRef story, string body)
    {
        var response = await visitor.SubmitAsync(story, Links.Replies(story.Id), new Dictionary<string, string> { ["Body"] = body });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return long.Parse(response.Headers.Location!.OriginalString.Split("#reply-")[1]);
    }

    [Test]
    public async Task Each_post_offers_a_link_that_opens_the_composer_with_it_quoted_as_markdown()
    {
        var story = await PostStoryAsync(NewVisitor(), Unique("Quoted words"), "The first night was the worst.\n\nAfter that, **slowly** better.");
        var reply = await ReplyAsync(NewVisitor(), story, "Slowly is still better.");
        var page = await NewVisitor().GetDocumentAsync(story);
        var links = page.QuerySelectorAll(".quote-link").Select(a => a.GetAttribute("href")).ToList();
        links.ShouldBe([Links.ReplyQuoting(story.Id, PostKind.Story, story.Id), Links.ReplyQuoting(story.Id, PostKind.Reply, reply)]);

        var composer = await NewVisitor().GetDocumentAsync(links[0]!);
        composer.QuerySelector(ComposerForm.Body)!.TextContent.ShouldBe("> The first night was the worst.\n>\n> After that, **slowly** better.\n\n");
        composer.QuerySelector("form#reply-form")!.GetAttribute("action").ShouldBe(Links.Replies(story.Id));
        (await NewVisitor().GetDocumentAsync(links[1]!)).QuerySelector(ComposerForm.Body)!.TextContent.ShouldBe("> Slowly is still better.\n\n");
    }

    [TestCase("?kind=banana&post=1")]
    [TestCase("?kind=reply")]
    [TestCase("?post=1")]
    [TestCase("?kind=reply&post=not-a-number")]
    [TestCase("?kind=%3Cscript%3E&post=1")]
    public async Task A_quote_that_names_no_post_properly_is_refused(string query)
    {
        var story = await PostStoryAsync(NewVisitor(), Unique("Quoted badly"));
        var response = await NewVisitor().GetAsync($"/t/{story.Id}/reply{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Only_a_post_anyone_may_read_in_that_same_story_can_be_quoted()
    {
        var story = await PostStoryAsync(NewVisitor(), Unique("Quote from here"));
        var elsewhere = await PostStoryAsync(NewVisitor(), Unique("Not from here"));
        var other = await ReplyAsync(NewVisitor(), elsewhere, "A reply in another story.");
        var held = await ReplyAsync(NewVisitor(), story, "Buy now, cheap pills.");

        (await NewVisitor().GetAsync(Links.ReplyQuoting(story.Id, PostKind.Reply, other))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await NewVisitor().GetAsync(Links.ReplyQuoting(story.Id, PostKind.Reply, held))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await NewVisitor().GetAsync(Links.ReplyQuoting(story.Id, PostKind.Reply, long.MaxValue))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await NewVisitor().GetAsync(Links.ReplyQuoting(987_654_321, PostKind.Story, 987_654_321))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_closed_story_offers_no_quote_and_its_quote_page_leads_back_to_it()
    {
        var story = await PostStoryAsync(NewVisitor(), Unique("Closed to quotes"));
        await InDatabaseAsync(async db =>
        {
            (await db.Stories.SingleAsync(t => t.Id == story.Id)).Lock("Resting.");
            return await db.SaveChangesAsync();
        });
        (await NewVisitor().GetDocumentAsync(story)).QuerySelector(".quote-link").ShouldBeNull();
        var response = await NewVisitor().GetAsync(Links.ReplyQuoting(story.Id, PostKind.Story, story.Id));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
