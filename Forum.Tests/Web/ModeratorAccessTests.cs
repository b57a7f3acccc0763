using Forum.Data;
using Forum.Web.Moderation;
using Forum.Web.Verbs;
using Microsoft.EntityFrameworkCore;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Web;

/// <summary>Moderator accounts: the command that makes them, signing in and out, lockout, and pages nobody else can see.</summary>
public sealed class ModeratorAccessTests : WebTest
{
    private static readonly string[] ModeratorPages = ["/mod", "/mod/log", "/mod/team"];

    private async Task<(int Exit, string Output, string Error)> RunVerbAsync(string input, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await ModeratorVerb.RunAsync(Factory.Services, args, new StringReader(input), output, error, interactive: false);
        return (exit, output.ToString(), error.ToString());
    }

    private async Task<Moderator?> FindAsync(string name)
    {
        await using var db = TestPostgres.CreateContext(Factory.ConnectionString);
        var key = Moderator.KeyOf(name);
        return await db.Moderators.SingleOrDefaultAsync(m => m.NameKey == key);
    }

    [Test]
    public async Task The_command_makes_an_account_from_a_password_on_standard_input_and_keeps_only_its_hash()
    {
        var name = Unique("Robin");
        var (exit, output, _) = await RunVerbAsync("a long and private phrase\n", "add", name, "--role", "admin");

        exit.ShouldBe(0);
        output.ShouldContain(name);
        var stored = (await FindAsync(name)).ShouldNotBeNull();
        stored.Role.ShouldBe(ModeratorRole.Admin);
        stored.PasswordHash.ShouldNotContain("a long and private phrase");
        stored.PasswordHash.Length.ShouldBeGreaterThan(40);
        (await NewVisitor().SignInAsModeratorAsync(name, "a long and private phrase")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Test]
    public async Task The_command_refuses_a_missing_name_an_empty_or_short_password_and_a_name_that_is_taken()
    {
        (await RunVerbAsync("a long and private phrase\n", "add")).Exit.ShouldBe(2);

        var name = Unique("Alex");
        var empty = await RunVerbAsync("", "add", name);
        empty.Exit.ShouldBe(2);
        empty.Error.ShouldContain("No password");
        (await RunVerbAsync("\n", "add", name)).Exit.ShouldBe(2);
        var shortOne = await RunVerbAsync("short\n", "add", name);
        shortOne.Exit.ShouldBe(1);
        shortOne.Error.ShouldContain($"at least {Moderator.PasswordMinLength} characters");
        (await FindAsync(name)).ShouldBeNull();

        (await RunVerbAsync("a long and private phrase\n", "add", name)).Exit.ShouldBe(0);
        var duplicate = await RunVerbAsync("another long phrase here\n", "add", name.ToUpperInvariant());
        duplicate.Exit.ShouldBe(1);
        duplicate.Error.ShouldContain("already a moderator called");
    }

    [Test]
    public async Task Moderator_pages_are_not_found_for_readers_and_for_pseudonyms()
    {
        var reader = NewVisitor();
        var writer = NewVisitor();
        await PostStoryAsync(writer, Unique("I have a pseudonym cookie"));

        foreach (var page in ModeratorPages)
        {
            (await reader.GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.NotFound, page);
            var response = await writer.GetAsync(page);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, page);
            (await response.ParseAsync()).QuerySelector("h1")!.TextContent.ShouldBe("We couldn't find that page");
        }
    }

    [Test]
    public async Task A_cookie_forged_from_a_pseudonym_grants_nothing()
    {
        var writer = NewVisitor();
        await PostStoryAsync(writer, Unique("Forging"));
        var forged = NewVisitor();
        forged.DefaultRequestHeaders.Add("Cookie", $"{ModerationPolicies.CookieName}=not-a-real-ticket; forum_pseudonym=0123456789abcdef0123456789abcdef.xyz");

        (await forged.GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_moderator_signs_in_sees_the_queue_and_the_log_but_not_the_admin_pages_and_signs_out()
    {
        var moderator = await Factory.AddModeratorAsync();
        var client = NewVisitor();

        var signIn = await client.SignInAsModeratorAsync(moderator.Name, Moderators.Password);
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signIn.Headers.Location!.OriginalString.ShouldBe("/mod");
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(ModerationPolicies.CookieName + "="));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=strict", Case.Insensitive);

        (await client.GetDocumentAsync("/mod")).QuerySelector("h1")!.TextContent.ShouldBe("Moderation queue");
        (await client.GetDocumentAsync("/mod/log")).QuerySelector("h1")!.TextContent.ShouldBe("Moderation log");
        (await client.GetAsync("/mod/team")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetDocumentAsync("/")).QuerySelector(".mod-bar strong")!.TextContent.ShouldBe(moderator.Name);

        var signOut = await client.SubmitAsync("/", "/mod/logout", new Dictionary<string, string>());
        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task An_admin_also_sees_the_admin_pages()
    {
        var admin = await Factory.SignedInModeratorAsync(ModeratorRole.Admin);
        (await admin.GetDocumentAsync("/mod/team")).QuerySelector("h1")!.TextContent.ShouldBe("Moderators");
        (await admin.GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [TestCase("", "")]
    [TestCase("someone", "")]
    [TestCase("", "a password")]
    public async Task An_empty_sign_in_form_is_refused_with_a_message(string name, string password)
    {
        var response = await NewVisitor().SignInAsModeratorAsync(name, password);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ParseAsync()).QuerySelector(ComposerForm.AnyFieldError)!.TextContent.ShouldContain("fill in both");
    }

    [Test]
    public async Task A_wrong_password_and_an_unknown_name_get_the_same_answer_and_an_over_long_one_is_refused()
    {
        var moderator = await Factory.AddModeratorAsync();
        var wrong = await NewVisitor().SignInAsModeratorAsync(moderator.Name, "not the password at all");
        var unknown = await NewVisitor().SignInAsModeratorAsync(Unique("Nobody"), "not the password at all");
        var huge = await NewVisitor().SignInAsModeratorAsync(moderator.Name, new string('p', 5000));

        foreach (var response in new[] { wrong, unknown, huge })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await response.ParseAsync()).QuerySelector(ComposerForm.AnyFieldError)!.TextContent.ShouldBe(Forum.Web.Controllers.ModeratorSessionController.Refused);
            response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        }
    }

    [Test]
    public async Task Repeated_wrong_passwords_pause_new_devices_for_seconds_and_then_the_right_one_works()
    {
        var moderator = await Factory.AddModeratorAsync();
        var client = NewVisitor();
        for (var i = 1; i <= Moderator.FreeGuesses; i++)
            (await client.SignInAsModeratorAsync(moderator.Name, "guess number " + i)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var paused = await client.SignInAsModeratorAsync(moderator.Name, "one guess too many");
        paused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        paused.Headers.RetryAfter!.Delta!.Value.ShouldBe(Moderator.WaitAfter(Moderator.FreeGuesses));
        (await paused.ParseAsync()).QuerySelector(ComposerForm.AnyFieldError)!.TextContent.ShouldContain("paused");
        (await client.GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        Factory.Clock.Advance(Moderator.WaitAfter(Moderator.FreeGuesses));
        (await client.SignInAsModeratorAsync(moderator.Name, Moderators.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
