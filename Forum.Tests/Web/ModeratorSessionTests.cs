using Forum.Web.Moderation;
using Forum.Web.Verbs;

namespace Forum.Tests.Web;

/// <summary>Moderator sessions end everywhere on sign-out, a role change or removal; the verbs that change accounts.</summary>
public sealed class ModeratorSessionTests : WebTest
{
    private async Task<(int Exit, string Output, string Error)> RunVerbAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await ModeratorVerb.RunAsync(Factory.Services, args, new StringReader(""), output, error, interactive: false);
        return (exit, output.ToString(), error.ToString());
    }

    private async Task<HttpClient> SignedInAsync(Moderator moderator)
    {
        var client = NewVisitor();
        (await client.SignInAsModeratorAsync(moderator.Name, Moderators.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    [Test]
    public async Task Signing_out_on_one_device_ends_the_session_on_every_other()
    {
        var moderator = await Factory.AddModeratorAsync();
        var laptop = await SignedInAsync(moderator);
        var phone = await SignedInAsync(moderator);
        (await phone.GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await laptop.SubmitAsync("/", "/mod/logout", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await phone.GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await laptop.GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_demoted_admin_loses_the_admin_pages_at_once()
    {
        var admin = await Factory.AddModeratorAsync(role: ModeratorRole.Admin);
        var client = await SignedInAsync(admin);
        (await client.GetAsync("/mod/team")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var (exit, output, _) = await RunVerbAsync("role", admin.Name, "moderator");

        exit.ShouldBe(0);
        output.ShouldContain("now a moderator");
        (await client.GetAsync("/mod/team")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var again = await SignedInAsync(admin);
        (await again.GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.GetAsync("/mod/team")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_role_change_from_the_command_line_reaches_another_node_at_once()
    {
        // Node B shares the database and nothing else; its clock stands still, so its 30 s memory of the stamp never
        // runs out by itself: only the database's notice can end the session there.
        await using var nodeB = new ForumWebFactory(Factory.ConnectionString);
        var admin = await Factory.AddModeratorAsync(role: ModeratorRole.Admin);
        var onB = nodeB.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        (await onB.SignInAsModeratorAsync(admin.Name, Moderators.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await onB.GetAsync("/mod/team")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await RunVerbAsync("role", admin.Name, "moderator")).Exit.ShouldBe(0);

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await onB.GetAsync("/mod/team")).StatusCode != HttpStatusCode.NotFound)
        {
            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20), "node B still served the admin page to a demoted admin");
            await Task.Delay(50);
        }
        (await onB.GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_removed_moderator_is_signed_out_and_cannot_sign_in_again()
    {
        var moderator = await Factory.AddModeratorAsync();
        var client = await SignedInAsync(moderator);

        (await RunVerbAsync("remove", moderator.Name)).Exit.ShouldBe(0);

        (await client.GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var refused = await NewVisitor().SignInAsModeratorAsync(moderator.Name, Moderators.Password);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.ParseAsync()).QuerySelector(".field-error")!.TextContent.ShouldBe(Forum.Web.Controllers.ModeratorSessionController.Refused);
        (await RunVerbAsync("remove", moderator.Name)).Error.ShouldContain("already removed");
    }

    [Test]
    public async Task Unlock_lets_a_device_that_guessed_wrong_try_again_at_once()
    {
        var moderator = await Factory.AddModeratorAsync();
        var client = NewVisitor();
        for (var i = 0; i < Moderator.GuessesPerDevice; i++) await client.SignInAsModeratorAsync(moderator.Name, "typo number " + i);
        (await client.SignInAsModeratorAsync(moderator.Name, Moderators.Password)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        Factory.Clock.Advance(TimeSpan.FromSeconds(1));
        (await RunVerbAsync("unlock", moderator.Name)).Exit.ShouldBe(0);
        Factory.Clock.Advance(TimeSpan.FromSeconds(1));

        (await client.SignInAsModeratorAsync(moderator.Name, Moderators.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Test]
    public async Task A_change_made_on_another_node_is_seen_once_the_brief_cache_lapses()
    {
        var moderator = await Factory.AddModeratorAsync();
        var client = await SignedInAsync(moderator);
        (await client.GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Another node ends the sessions: only the database changes, this node's cache does not hear of it.
        await TestPostgres.ExecuteAsync(Factory.ConnectionString, $"UPDATE moderators SET security_stamp = gen_random_uuid() WHERE id = {moderator.Id}");
        Factory.Clock.Advance(ModeratorSessions.CacheFor + TimeSpan.FromSeconds(1));

        (await client.GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [TestCase("nobody here")]
    public async Task Changing_an_account_that_does_not_exist_says_so_in_one_line(string name)
    {
        var (exit, _, error) = await RunVerbAsync("unlock", name);
        exit.ShouldBe(1);
        error.Trim().Split('\n').Length.ShouldBe(1);
        error.ShouldContain("no moderator called");
    }

    [Test]
    public async Task Adding_a_moderator_to_a_database_never_migrated_migrates_it_first()
    {
        var empty = await TestPostgres.CreateEmptyDatabaseAsync();
        await using var fresh = new ForumWebFactory(empty);
        var (output, error) = (new StringWriter(), new StringWriter());

        var exit = await ModeratorVerb.RunAsync(fresh.Services, ["add", "First Admin", "--role", "admin"],
            new StringReader(Moderators.Password), output, error, interactive: false);

        exit.ShouldBe(0, error.ToString());
        output.ToString().ShouldContain("Added admin \"First Admin\"");
    }
}
