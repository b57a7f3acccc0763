using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Forum.Tests.Web;

public sealed class HelpPagesTests : WebTest
{
    [Test]
    public async Task Help_lists_the_lines_from_the_file_with_the_directory_for_everywhere_else()
    {
        var page = await NewVisitor().GetDocumentAsync("/help");

        page.QuerySelector(".not-emergency")!.TextContent.ShouldContain("not an emergency service");
        var directory = page.QuerySelector(".crisis-lines .directory")!;
        directory.QuerySelector(".resource-country")!.TextContent.ShouldBe("Any country");
        directory.QuerySelector("a")!.GetAttribute("href").ShouldBe("https://findahelpline.com");
        directory.QuerySelector("a")!.GetAttribute("rel").ShouldBe("noreferrer");
        var samaritans = page.QuerySelectorAll(".resource").First(r => r.TextContent.Contains("Samaritans"));
        samaritans.QuerySelector(".resource-country")!.TextContent.ShouldBe("United Kingdom");
        samaritans.QuerySelector("a[href^='tel:']")!.GetAttribute("href").ShouldBe("tel:116123");
        page.QuerySelectorAll(".resource").Any(r => r.TextContent.Contains("Text HOME to 741741")).ShouldBeTrue();
    }

    [Test]
    public async Task Help_is_linked_from_every_page_header()
    {
        foreach (var url in new[] { "/", "/r/anxiety", "/support", "/preferences", "/privacy" })
            (await NewVisitor().GetDocumentAsync(url)).QuerySelector("header a.help-now")!.GetAttribute("href").ShouldBe("/help");
    }

    [Test]
    public async Task Support_shows_what_the_configuration_says()
    {
        await using var configured = Factory.WithWebHostBuilder(host => host.UseSetting("Support:Entries:0:Name", "Freedonia Recovery Circle"));
        var client = configured.CreateClient();

        (await client.GetDocumentAsync("/support")).QuerySelectorAll(".resource strong").Select(s => s.TextContent).ShouldContain("Freedonia Recovery Circle");
    }

    [Test]
    public async Task Support_filtered_by_room_shows_what_fits_that_room()
    {
        var all = await NewVisitor().GetDocumentAsync("/support");
        var names = all.QuerySelectorAll(".resource strong").Select(s => s.TextContent).ToList();
        names.ShouldContain("Alcoholics Anonymous");
        names.ShouldContain("Beyond Blue");
        all.QuerySelectorAll("h2").Select(h => h.TextContent).ShouldBe(["Helplines", "Finding a therapist or counsellor", "Recovery programmes", "Peer support groups"]);

        var recovery = await NewVisitor().GetDocumentAsync("/support?room=addiction-recovery");
        var inRoom = recovery.QuerySelectorAll(".resource strong").Select(s => s.TextContent).ToList();
        inRoom.ShouldContain("Alcoholics Anonymous");
        inRoom.ShouldContain("Psychology Today therapist directory", "entries for every room stay");
        inRoom.ShouldNotContain("Beyond Blue");
        recovery.QuerySelector("select[name=room] option[selected]")!.GetAttribute("value").ShouldBe("addiction-recovery");
    }

    [TestCase("<script>alert(1)</script>")]
    [TestCase("atlantis")]
    public async Task Support_for_a_room_that_does_not_exist_shows_everything(string room)
    {
        var response = await NewVisitor().GetAsync($"/support?room={Uri.EscapeDataString(room)}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldNotContain("<script>alert(1)</script>");
        (await response.ParseAsync()).QuerySelectorAll(".resource strong").Select(s => s.TextContent).ShouldContain("Beyond Blue");
    }

    [Test]
    public async Task Each_room_links_to_its_part_of_the_directory()
    {
        var page = await NewVisitor().GetDocumentAsync("/r/grief-loss");
        page.QuerySelector(".room-support a")!.GetAttribute("href").ShouldBe("/support?room=grief-loss");
    }

    [TestCase("CrisisHelp:DangerPhrases:1", " ", "CrisisHelp:DangerPhrases:1: the phrase is missing")]
    [TestCase("Support:Entries:4:Kind", "guru", "Support:Entries:4 (National Gambling Helpline (GamCare)): Kind \"guru\" is not one of")]
    [TestCase("Support:Entries:0:Rooms:0", "Addiction Recovery", "Support:Entries:0 (SAMHSA National Helpline): Rooms has \"Addiction Recovery\"")]
    [TestCase("Support:Entries:2:Phone", "*#06#", "): Phone \"*#06#\" is not a phone number")]
    [TestCase("Support:Entries:1:Web", "https://user:pw@nami.org", "Support:Entries:1 (NAMI HelpLine): Web \"https://user:pw@nami.org\" is not an https:// address")]
    public void A_broken_resource_entry_stops_start_up_with_a_message_that_names_it(string key, string value, string message)
    {
        // The same validation the host runs when it starts (ValidateOnStart), run directly: starting a whole web host
        // only to watch it fail raced with its own disposal on a busy machine and threw ObjectDisposedException instead.
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryRoot(), "Forum.Web", "appsettings.json"))
            .AddInMemoryCollection(new Dictionary<string, string?> { [key] = value })
            .Build();
        var services = new ServiceCollection();
        Forum.Web.Startup.SafetyResources.AddSafetyResources(services, configuration);
        using var provider = services.BuildServiceProvider();

        var failure = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        failure.Message.ShouldContain(message);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Forum.sln"))) return dir.FullName;
        throw new InvalidOperationException("Forum.sln was not found above the test directory.");
    }
}
