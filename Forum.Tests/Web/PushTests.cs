using System.Text.Json;
using AngleSharp.Html.Dom;
using Forum.Web.Push;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Tests.Web;

/// <summary>
/// Discreet notifications (issue 31): a name asks on /me to be told on this device, a reply to its story or one it
/// follows reaches the device as the fixed message only, encrypted for it, and nothing in the stored rows ties two
/// names together. The push service is a fake one on loopback that decrypts what it gets, as the browser would.
/// </summary>
public sealed class PushTests : WebTest
{
    private FakePushService _push = null!;

    [OneTimeSetUp]
    public async Task StartPushService()
    {
        _push = await FakePushService.StartAsync();
        Factory.Settings["Push:LocalEndpointsAllowed"] = "true";
    }

    [OneTimeTearDown]
    public async Task StopPushService() => await _push.DisposeAsync();

    private async Task<HttpClient> WriterAsync(string name)
    {
        var visitor = NewVisitor();
        (await visitor.SubmitAsync("/me/new", "/me/pseudonyms", new Dictionary<string, string> { ["Name"] = name })).EnsureSuccessStatusCode();
        return visitor;
    }

    private Task<Guid> IdOfAsync(string name) => InDatabaseAsync(db => db.Pseudonyms.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    private async Task SubscribeAsync(HttpClient visitor, Guid id, FakePushService.Device device, string? kind = null)
    {
        var fields = device.Fields();
        if (kind is not null) fields["kind"] = kind;
        var response = await visitor.SubmitAsync("/me", Links.Me.PushOn(id), fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/me");
    }

    private async Task<long> ReplyAsync(HttpClient visitor, StoryRef story, string body)
    {
        var response = await visitor.SubmitAsync(story, Links.Replies(story.Id), new Dictionary<string, string> { ["Body"] = body });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return long.Parse(response.Headers.Location!.OriginalString.Split("#reply-")[1]);
    }

    private static string UniqueName(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>Polls until the condition holds: the sender works in the background, after the reply's page has answered.</summary>
    private static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Not within 30 s: {what}");
            await Task.Delay(50);
        }
    }

    [Test]
    public async Task A_reply_reaches_the_writers_device_as_the_fixed_message_and_nothing_else()
    {
        var name = UniqueName("Quiet Heron");
        var writer = await WriterAsync(name);
        var story = await PostStoryAsync(writer, Unique("Three weeks without drinking"), "The evenings are the hardest part.");
        var device = _push.NewDevice();
        await SubscribeAsync(writer, await IdOfAsync(name), device);
        (await writer.GetDocumentAsync("/me")).QuerySelector(".me .notice-line")!.TextContent.ShouldContain($"This device will be told when something new is waiting for {name}.");

        await ReplyAsync(NewVisitor(), story, "Evenings were mine too. A walk after dinner helped me.");

        await EventuallyAsync(() => Task.FromResult(_push.ReceivedBy(device).Count == 1), "the writer's device is told");
        var message = _push.ReceivedBy(device).Single();
        message.ContentEncoding.ShouldBe("aes128gcm");
        device.Decrypt(message.Body).ShouldBe(PushSubscription.SomethingNew, "no name, no title, no words: only the kind");
        message.Topic.ShouldBe(PushSubscription.SomethingNew);
        var keys = await Factory.Services.GetRequiredService<PushKeys>().GetAsync(CancellationToken.None);
        message.Authorization!.ShouldStartWith("vapid t=");
        message.Authorization!.ShouldEndWith($"k={keys.PublicKey}", Case.Sensitive, "signed with the forum's one key pair");
    }

    /// <summary>The reader may choose more (issue 31, item 5): each message a name can choose goes out as its fixed word alone.</summary>
    [TestCase(PushSubscription.SomethingNew)]
    [TestCase(PushSubscription.SomeoneReplied)]
    public async Task Each_message_a_name_may_choose_reaches_the_device_as_that_fixed_word_and_nothing_else(string kind)
    {
        var name = UniqueName("Patient Wren");
        var writer = await WriterAsync(name);
        var story = await PostStoryAsync(writer, Unique("Sleeping again"), "The first full night in months.");
        var device = _push.NewDevice();
        await SubscribeAsync(writer, await IdOfAsync(name), device, kind);

        await ReplyAsync(NewVisitor(), story, "That first full night is something. Well done.");

        await EventuallyAsync(() => Task.FromResult(_push.ReceivedBy(device).Count == 1), "the writer's device is told");
        var message = _push.ReceivedBy(device).Single();
        device.Decrypt(message.Body).ShouldBe(kind, "only the chosen message's fixed word: no name, no title, no words");
        message.Topic.ShouldBe(kind);
    }

    [Test]
    public async Task Choosing_again_on_the_same_device_changes_the_message_and_an_unknown_one_is_refused()
    {
        var name = UniqueName("Second Thought");
        var writer = await WriterAsync(name);
        var id = await IdOfAsync(name);
        var device = _push.NewDevice();
        var me = await writer.GetDocumentAsync("/me");
        var choices = me.QuerySelectorAll($"form[action='{Links.Me.PushOn(id)}'] input[name=kind]").ToList();
        choices.Select(c => c.GetAttribute("value")).ShouldBe(PushSubscription.Kinds);
        choices.Single(c => c.HasAttribute("checked")).GetAttribute("value").ShouldBe(PushSubscription.SomethingNew, "the usual message unless the reader chooses");

        await SubscribeAsync(writer, id, device, PushSubscription.SomeoneReplied);
        await SubscribeAsync(writer, id, device, PushSubscription.SomethingNew);
        await SubscribeAsync(writer, id, device, PushSubscription.SomeoneReplied);
        (await InDatabaseAsync(db => db.PushSubscriptions.Where(s => s.PseudonymId == id).Select(s => s.Kind).ToListAsync()))
            .ShouldBe([PushSubscription.SomeoneReplied], "one row for the device, with the last choice");

        var other = _push.NewDevice().Fields();
        other["kind"] = "your-story-was-read";
        await writer.SubmitAsync("/me", Links.Me.PushOn(id), other);
        (await writer.GetDocumentAsync("/me")).QuerySelector(".me .notice-line")!.TextContent.ShouldContain("Please choose one of the messages");
        (await InDatabaseAsync(db => db.PushSubscriptions.CountAsync(s => s.PseudonymId == id))).ShouldBe(1);
    }

    /// <summary>
    /// What the forum can't keep from the browser's maker (docs/PRIVACY-AND-SAFETY.md), said on /me in the reader's
    /// language before the button that turns notifications on.
    /// </summary>
    [TestCase("en", "can tell that those names are on the same device")]
    [TestCase("es", "puede saber que esos nombres están en el mismo dispositivo")]
    [TestCase("ar", "فبإمكانها أن تعرف أن تلك الأسماء على الجهاز نفسه")]
    public async Task Me_says_what_the_browsers_push_service_can_know_before_notifications_are_turned_on(string language, string words)
    {
        var name = UniqueName("Clear Window");
        var writer = await WriterAsync(name);
        writer.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var me = await writer.GetDocumentAsync("/me");

        var choice = me.QuerySelector($"form[action='{Links.Me.PushOn(await IdOfAsync(name))}']")!.Closest("[data-push-choice]")!;
        var said = choice.QuerySelector("[data-push-service]")!;
        said.TextContent.ShouldContain(words);
        said.CompareDocumentPosition(choice.QuerySelector("form[data-push-on]")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following)
            .ShouldBeTrue("said before the button, not after it");
    }

    [Test]
    public async Task A_follower_is_told_of_later_replies_but_never_of_their_own()
    {
        var writerName = UniqueName("Still Lake");
        var writer = await WriterAsync(writerName);
        var story = await PostStoryAsync(writer, Unique("Telling my sister"));
        var writerDevice = _push.NewDevice();
        await SubscribeAsync(writer, await IdOfAsync(writerName), writerDevice);
        var replierName = UniqueName("Open Field");
        var replier = await WriterAsync(replierName);
        var replierDevice = _push.NewDevice();
        await SubscribeAsync(replier, await IdOfAsync(replierName), replierDevice);

        await ReplyAsync(replier, story, "I told mine at a café. She hugged me.");
        await ReplyAsync(NewVisitor(), story, "Mine took a while, then came round.");

        // Replies are told one after another: once both devices heard of the second, every word of the first was sent.
        await EventuallyAsync(() => Task.FromResult(_push.ReceivedBy(writerDevice).Count == 2 && _push.ReceivedBy(replierDevice).Count == 1),
            "the writer hears of both replies, the replier of the one after theirs");
        _push.ReceivedBy(replierDevice).Count.ShouldBe(1, "never told of their own reply");
    }

    [Test]
    public async Task Two_names_in_one_browser_get_two_scopes_and_two_rows_that_share_nothing_but_the_kind()
    {
        var first = UniqueName("Morning Fern");
        var second = UniqueName("Evening Moss");
        var browser = await WriterAsync(first);
        (await browser.SubmitAsync("/me/new", "/me/pseudonyms", new Dictionary<string, string> { ["Name"] = second })).EnsureSuccessStatusCode();
        var ids = new[] { await IdOfAsync(first), await IdOfAsync(second) };

        var me = await browser.GetDocumentAsync("/me");
        var workers = ids.Select(id => me.QuerySelector($"form[action='{Links.Me.PushOn(id)}']")!.GetAttribute("data-push-worker")!).ToList();
        workers.Distinct().Count().ShouldBe(2, "each name registers in its own scope, so the browser gives each its own endpoint");
        foreach (var worker in workers)
        {
            worker.ShouldMatch("^/push/[A-Za-z0-9_-]{22}/sw.js$");
            var script = await browser.GetAsync(worker);
            script.StatusCode.ShouldBe(HttpStatusCode.OK);
            script.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
            foreach (var id in ids) worker.ShouldNotContain(id.ToString("N")[..8], Case.Insensitive);
        }

        foreach (var id in ids) await SubscribeAsync(browser, id, _push.NewDevice());

        var rows = await InDatabaseAsync(db => db.Database.SqlQuery<string>(
            $"SELECT to_jsonb(s)::text AS \"Value\" FROM push_subscriptions s WHERE pseudonym_id = ANY({ids})").ToListAsync());
        rows.Count.ShouldBe(2);
        var columns = rows.Select(row => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(row)!).ToList();
        var shared = columns[0].Keys.Where(column => columns[0][column].ToString() == columns[1][column].ToString()).ToList();
        shared.ShouldBe(["kind"], "nothing else in the two rows is the same");
    }

    [Test]
    public async Task Burning_a_name_deletes_its_subscription_and_stopping_deletes_every_device_of_the_name()
    {
        var name = UniqueName("Ember Path");
        var browser = await WriterAsync(name);
        var id = await IdOfAsync(name);
        await SubscribeAsync(browser, id, _push.NewDevice());
        await SubscribeAsync(browser, id, _push.NewDevice());
        (await InDatabaseAsync(db => db.PushSubscriptions.CountAsync(s => s.PseudonymId == id))).ShouldBe(2);
        (await browser.GetDocumentAsync("/me")).QuerySelector($"form[action='{Links.Me.PushOff(id)}']").ShouldNotBeNull();

        (await browser.SubmitAsync("/me", Links.Me.PushOff(id), new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await InDatabaseAsync(db => db.PushSubscriptions.CountAsync(s => s.PseudonymId == id))).ShouldBe(0);

        await SubscribeAsync(browser, id, _push.NewDevice());
        var burned = await browser.SubmitAsync($"/me/pseudonyms/{id}/burn", $"/me/pseudonyms/{id}/burn",
            new Dictionary<string, string> { ["Posts"] = "keep", ["Confirm"] = "true" });
        burned.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await InDatabaseAsync(db => db.PushSubscriptions.CountAsync(s => s.PseudonymId == id))).ShouldBe(0);
    }

    [Test]
    public async Task A_push_service_that_answers_gone_has_the_subscription_removed()
    {
        var name = UniqueName("Late Swallow");
        var writer = await WriterAsync(name);
        var story = await PostStoryAsync(writer, Unique("Old phone"));
        var device = _push.NewDevice();
        await SubscribeAsync(writer, await IdOfAsync(name), device);
        _push.Forget(device);

        await ReplyAsync(NewVisitor(), story, "Hope the new one treats you well.");

        await EventuallyAsync(() => InDatabaseAsync(async db => !await db.PushSubscriptions.AnyAsync(s => s.Endpoint == device.Endpoint)),
            "the row of an endpoint that is gone is deleted");
        _push.ReceivedBy(device).Count.ShouldBe(1);
    }

    [Test]
    public async Task A_press_without_a_script_or_for_a_name_this_browser_does_not_keep_changes_nothing()
    {
        var name = UniqueName("Plain Stone");
        var browser = await WriterAsync(name);
        var id = await IdOfAsync(name);

        var bare = await browser.SubmitAsync("/me", Links.Me.PushOn(id), new Dictionary<string, string>());
        bare.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetDocumentAsync("/me")).QuerySelector(".me .notice-line")!.TextContent.ShouldContain("Notifications need JavaScript");

        var other = await WriterAsync(UniqueName("Someone Else"));
        var stranger = await other.PostWithTokenAsync("/me", Links.Me.PushOn(id), _push.NewDevice().Fields());
        stranger.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var forged = _push.NewDevice().Fields();
        forged["p256dh"] = "not-a-key";
        await browser.SubmitAsync("/me", Links.Me.PushOn(id), forged);
        (await InDatabaseAsync(db => db.PushSubscriptions.CountAsync(s => s.PseudonymId == id))).ShouldBe(0);
    }

    /// <summary>
    /// A browser whose cookies a test can copy: each concurrent press gets its own copy, so each press's own notice
    /// (TempData's cookie) comes back to it alone and says whether that press was acknowledged.
    /// </summary>
    private (HttpClient Browser, Func<HttpClient> Copy) CopyableBrowser()
    {
        var cookies = new CookieContainer();
        var browser = Factory.CreateDefaultClient(new CookieContainerHandler(cookies));
        return (browser, () =>
        {
            var copy = new CookieContainer();
            copy.Add(cookies.GetAllCookies());
            return Factory.CreateDefaultClient(new CookieContainerHandler(copy));
        });
    }

    private async Task<bool[]> PressAtOnceAsync(Func<HttpClient> copy, Guid id, IReadOnlyList<FakePushService.Device> devices)
    {
        var presses = devices.Select(device => (Client: copy(), Device: device)).ToList();
        var forms = await Task.WhenAll(presses.Select(p => p.Client.HiddenFieldsAsync("/me", Links.Me.PushOn(id))));
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sends = presses.Select((press, i) => Task.Run(async () =>
        {
            await start.Task;
            var response = await press.Client.PostAsync(Links.Me.PushOn(id), new FormUrlEncodedContent(forms[i].Where(field => !press.Device.Fields().ContainsKey(field.Key)).Concat(press.Device.Fields())));
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var notice = (await press.Client.GetDocumentAsync("/me")).QuerySelector(".me .notice-line")!.TextContent;
            return notice.Contains("This device will be told when something new is waiting for");
        })).ToList();
        start.SetResult();
        return await Task.WhenAll(sends);
    }

    [Test]
    public async Task Twenty_devices_asking_at_once_for_one_name_store_at_most_the_limit_and_every_acknowledged_one()
    {
        var name = UniqueName("Crowded Porch");
        var (browser, copy) = CopyableBrowser();
        (await browser.SubmitAsync("/me/new", "/me/pseudonyms", new Dictionary<string, string> { ["Name"] = name })).EnsureSuccessStatusCode();
        var id = await IdOfAsync(name);
        var devices = Enumerable.Range(0, 20).Select(_ => _push.NewDevice()).ToList();

        var acknowledged = await PressAtOnceAsync(copy, id, devices);

        var stored = await InDatabaseAsync(db => db.PushSubscriptions.Where(s => s.PseudonymId == id).Select(s => s.Endpoint).ToListAsync());
        stored.Count.ShouldBeLessThanOrEqualTo(PushSubscription.MaxPerName, "the limit holds when the presses race");
        acknowledged.Count(told => told).ShouldBe(stored.Count, "every press told its device is stored, and no other");
        devices.Where((_, i) => acknowledged[i]).Select(d => d.Endpoint).ShouldBe(stored, ignoreOrder: true);
    }

    [Test]
    public async Task One_device_asking_twenty_times_at_once_is_stored_once()
    {
        var name = UniqueName("Patient Finch");
        var (browser, copy) = CopyableBrowser();
        (await browser.SubmitAsync("/me/new", "/me/pseudonyms", new Dictionary<string, string> { ["Name"] = name })).EnsureSuccessStatusCode();
        var id = await IdOfAsync(name);
        var device = _push.NewDevice();

        var acknowledged = await PressAtOnceAsync(copy, id, Enumerable.Repeat(device, 20).ToList());

        acknowledged.ShouldAllBe(told => told, "a press again for a device already told is no refusal");
        (await InDatabaseAsync(db => db.PushSubscriptions.CountAsync(s => s.PseudonymId == id))).ShouldBe(1);
    }

    [Test]
    public async Task Two_nodes_making_the_key_pair_at_once_agree_on_one()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        // Two nodes: each its own services and its own connections, one database between them.
        PushKeys Node() => new(new ServiceCollection()
            .AddDbContext<Forum.Web.Infrastructure.DataProtectionKeysDbContext>(options => options.UseNpgsql(database))
            .BuildServiceProvider().GetRequiredService<IServiceScopeFactory>());

        var pairs = await Task.WhenAll(Node().GetAsync(CancellationToken.None), Node().GetAsync(CancellationToken.None));

        pairs[0].PublicKey.ShouldBe(pairs[1].PublicKey);
        pairs[0].PrivateKey.ShouldBe(pairs[1].PrivateKey);
        await using var db = TestPostgres.CreateContext(database);
        (await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM push_keys").SingleAsync()).ShouldBe(1);
    }
}
