using Forum.Domain.Rooms;
using Microsoft.EntityFrameworkCore;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Web;

/// <summary>Admins add, change, order and archive rooms; each change is logged with its reason, and nobody else can do it.</summary>
public sealed class RoomAdminTests : WebTest
{
    private async Task<T> WithDb<T>(Func<Forum.Data.ForumDbContext, Task<T>> read)
    {
        await using var db = TestPostgres.CreateContext(Factory.ConnectionString);
        return await read(db);
    }

    private Task<Room> RoomAsync(string slug) => WithDb(db => db.Rooms.SingleAsync(r => r.Slug == slug));

    private Task<List<ModerationLogEntry>> LogForAsync(int roomId) =>
        WithDb(db => db.ModerationLog.Where(e => e.TargetKind == "room" && e.TargetId == roomId).OrderBy(e => e.Id).ToListAsync());

    private static string NewSlug() => $"room-{Guid.NewGuid().ToString("N")[..8]}";

    private static (string, string)[] Room(string slug, string name = "Sleep", string description = "Nights awake, and what helps.",
        string reason = "Asked for by several members", bool requiresWarnings = false, bool feed = true) =>
    [
        ("Slug", slug), ("Name", name), ("Description", description), ("Reason", reason),
        .. requiresWarnings ? new[] { ("RequiresContentWarnings", "true") } : [],
        ("RequiresContentWarnings", "false"),
        .. feed ? new[] { ("FeedEnabled", "true") } : [],
        ("FeedEnabled", "false"),
    ];

    [Test]
    public async Task An_admin_adds_a_room_that_asks_for_warnings_and_it_opens_for_stories_with_a_log_row()
    {
        var admin = await Factory.SignedInModeratorAsync(ModeratorRole.Admin);
        var slug = NewSlug();

        var response = await admin.SubmitAsync("/mod/rooms/new", "/mod/rooms", Room(slug, "Relapse stories", requiresWarnings: true, feed: false));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var room = await RoomAsync(slug);
        room.Name.ShouldBe("Relapse stories");
        room.RequiresContentWarnings.ShouldBeTrue();
        room.FeedEnabled.ShouldBeFalse();
        var entry = (await LogForAsync(room.Id)).ShouldHaveSingleItem();
        entry.Action.ShouldBe(RoomActions.Add);
        entry.Reason.ShouldBe("Asked for by several members");

        var home = await NewVisitor().GetDocumentAsync("/");
        home.QuerySelectorAll(".room h3 a").Select(a => a.GetAttribute("href")).ShouldContain($"/r/{slug}");
        (await NewVisitor().GetDocumentAsync($"/r/{slug}/new")).QuerySelector(".warning-choices legend")!.TextContent.ShouldContain("asks for at least one");
        (await NewVisitor().GetDocumentAsync($"/support?room={slug}")).QuerySelector("select option[selected]")!.GetAttribute("value").ShouldBe(slug);
    }

    [Test]
    public async Task An_admin_changes_a_rooms_words_and_switches_and_the_change_is_logged()
    {
        var admin = await Factory.SignedInModeratorAsync(ModeratorRole.Admin);
        var slug = NewSlug();
        await admin.SubmitAsync("/mod/rooms/new", "/mod/rooms", Room(slug));

        var form = await admin.GetDocumentAsync($"/mod/rooms/{slug}");
        form.QuerySelector("input[name=Name]")!.GetAttribute("value").ShouldBe("Sleep");
        var response = await admin.SubmitAsync($"/mod/rooms/{slug}", $"/mod/rooms/{slug}",
            Room("ignored-slug", "Sleep & rest", "Nights awake.", "Clearer name", requiresWarnings: true, feed: false));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var room = await RoomAsync(slug);
        (room.Name, room.Description, room.RequiresContentWarnings, room.FeedEnabled).ShouldBe(("Sleep & rest", "Nights awake.", true, false));
        (await LogForAsync(room.Id)).Select(e => e.Action).ShouldBe([RoomActions.Add, RoomActions.Edit]);
        (await WithDb(db => db.Rooms.CountAsync(r => r.Slug == "ignored-slug"))).ShouldBe(0);
    }

    [Test]
    public async Task An_admin_puts_rooms_in_a_new_order_that_the_home_page_follows()
    {
        var admin = await Factory.SignedInModeratorAsync(ModeratorRole.Admin);
        var before = await WithDb(db => db.ModerationLog.CountAsync());

        var response = await admin.SubmitAsync("/mod/rooms", "/mod/rooms/order",
            [("place-general", "1"), ("place-anxiety", "10"), ("Reason", "Guidelines first for newcomers")]);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RoomAsync("general")).Position.ShouldBe(1);
        var home = await NewVisitor().GetDocumentAsync("/");
        home.QuerySelectorAll(".room h3 a").First().GetAttribute("href").ShouldBe("/r/general");
        (await WithDb(db => db.ModerationLog.CountAsync())).ShouldBe(before + 1, "only the room that moved is logged");
    }

    [Test]
    public async Task An_archived_room_leaves_the_lists_and_closes_and_can_be_reopened()
    {
        var admin = await Factory.SignedInModeratorAsync(ModeratorRole.Admin);
        var slug = NewSlug();
        await admin.SubmitAsync("/mod/rooms/new", "/mod/rooms", Room(slug));
        var story = await PostStoryAsync(NewVisitor(), Unique("Before archiving"), room: slug);

        var archived = await admin.SubmitAsync("/mod/rooms", $"/mod/rooms/{slug}/archive", new Dictionary<string, string> { ["reason"] = "Merged into Anxiety" });

        archived.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await NewVisitor().GetAsync($"/r/{slug}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await NewVisitor().GetDocumentAsync("/")).QuerySelectorAll(".room h3 a").Select(a => a.GetAttribute("href")).ShouldNotContain($"/r/{slug}");
        (await NewVisitor().GetAsync(story)).StatusCode.ShouldBe(HttpStatusCode.OK, "what was written stays readable");

        (await admin.SubmitAsync("/mod/rooms", $"/mod/rooms/{slug}/reopen", new Dictionary<string, string> { ["reason"] = "Members missed it" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await NewVisitor().GetAsync($"/r/{slug}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await LogForAsync((await RoomAsync(slug)).Id)).Select(e => e.Action).ShouldBe([RoomActions.Add, RoomActions.Archive, RoomActions.Reopen]);
    }

    [Test]
    public async Task Room_administration_is_not_there_for_readers_pseudonyms_or_moderators()
    {
        var reader = NewVisitor();
        await PostStoryAsync(reader, Unique("I have a pseudonym"));
        var moderator = await Factory.SignedInModeratorAsync(ModeratorRole.Moderator);
        foreach (var client in new[] { NewVisitor(), reader, moderator })
        {
            foreach (var url in new[] { "/mod/rooms", "/mod/rooms/new", "/mod/rooms/anxiety" })
                (await client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        // Even with a valid form token, a moderator who is not an admin cannot change a room.
        var page = await moderator.GetDocumentAsync("/mod");
        var token = page.QuerySelector(ComposerForm.AntiforgeryToken)?.GetAttribute("value") ?? "";
        var before = await DatabaseSnapshot.TakeAsync(Factory.ConnectionString);
        var post = await moderator.PostAsync("/mod/rooms/anxiety/archive", new FormUrlEncodedContent(new Dictionary<string, string> { ["__form"] = token, ["reason"] = "x" }));
        ((int)post.StatusCode).ShouldBeInRange(400, 404);
        (await DatabaseSnapshot.TakeAsync(Factory.ConnectionString)).ShouldBe(before);
    }

    [TestCase("Slug", "Has Spaces", "Slug")]
    [TestCase("Slug", "-leading", "Slug")]
    [TestCase("Slug", "x", "Slug")]
    [TestCase("Slug", "<script>alert(1)</script>", "Slug")]
    [TestCase("Name", "", "Name")]
    [TestCase("Name", "NAME_TOO_LONG", "Name")]
    [TestCase("Description", "DESCRIPTION_TOO_LONG", "Description")]
    [TestCase("Reason", "   ", "Reason")]
    [TestCase("Reason", "REASON_TOO_LONG", "Reason")]
    public async Task A_bad_room_form_is_refused_by_field_with_the_text_kept_and_nothing_written(string field, string value, string errorField)
    {
        value = value switch
        {
            "NAME_TOO_LONG" => new string('n', Forum.Domain.Rooms.Room.NameMaxLength + 1),
            "DESCRIPTION_TOO_LONG" => new string('d', Forum.Domain.Rooms.Room.DescriptionMaxLength + 1),
            "REASON_TOO_LONG" => new string('r', ModerationReason.MaxLength + 1),
            _ => value,
        };
        var admin = await Factory.SignedInModeratorAsync(ModeratorRole.Admin);
        var fields = Room(NewSlug()).Where(f => f.Item1 != field).Append((field, value)).ToArray();
        var before = await DatabaseSnapshot.TakeAsync(Factory.ConnectionString);

        var response = await admin.SubmitAsync("/mod/rooms/new", "/mod/rooms", fields);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await response.ParseAsync();
        page.QuerySelector($"#{errorField.ToLowerInvariant()}-error")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        page.QuerySelector("textarea[name=Description]")!.TextContent.ShouldBe(field == "Description" ? value : "Nights awake, and what helps.");
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("<script>alert(1)</script>");
        (await DatabaseSnapshot.TakeAsync(Factory.ConnectionString)).ShouldBe(before);
    }

    [Test]
    public async Task A_room_whose_short_name_is_taken_is_refused_and_nothing_is_logged()
    {
        var admin = await Factory.SignedInModeratorAsync(ModeratorRole.Admin);
        var before = await DatabaseSnapshot.TakeAsync(Factory.ConnectionString);

        var response = await admin.SubmitAsync("/mod/rooms/new", "/mod/rooms", Room("anxiety"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ParseAsync()).QuerySelector(ComposerForm.FormError)!.TextContent.ShouldContain("already a room at /r/anxiety");
        var after = await DatabaseSnapshot.TakeAsync(Factory.ConnectionString);
        // The failed insert moved the rooms' id sequence, as PostgreSQL sequences do; no row was written anywhere.
        string Rows(string snapshot) => string.Join('\n', snapshot.Split('\n').Where(line => !line.StartsWith("rooms_id_seq")));
        Rows(after).ShouldBe(Rows(before));
    }

    [TestCase("ten")]
    [TestCase("-1")]
    [TestCase("100001")]
    [TestCase("99999999999999999999")]
    public async Task A_place_that_is_not_a_small_whole_number_changes_nothing(string place)
    {
        var admin = await Factory.SignedInModeratorAsync(ModeratorRole.Admin);
        var before = await DatabaseSnapshot.TakeAsync(Factory.ConnectionString);

        var response = await admin.SubmitAsync("/mod/rooms", "/mod/rooms/order", [("place-anxiety", place), ("place-general", "5"), ("Reason", "Tidy")]);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ParseAsync()).QuerySelector(ComposerForm.FormError)!.TextContent.ShouldContain("whole number");
        (await DatabaseSnapshot.TakeAsync(Factory.ConnectionString)).ShouldBe(before);
    }

    [Test]
    public async Task Reordering_a_room_that_does_not_exist_or_without_a_reason_changes_nothing()
    {
        var admin = await Factory.SignedInModeratorAsync(ModeratorRole.Admin);
        var before = await DatabaseSnapshot.TakeAsync(Factory.ConnectionString);

        (await admin.SubmitAsync("/mod/rooms", "/mod/rooms/order", [("place-atlantis", "3"), ("place-anxiety", "4"), ("Reason", "Tidy")])).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.SubmitAsync("/mod/rooms", "/mod/rooms/order", [("place-anxiety", "4"), ("Reason", "")])).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.SubmitAsync("/mod/rooms", "/mod/rooms/anxiety/archive", new Dictionary<string, string> { ["reason"] = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync("/mod/rooms/atlantis")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await DatabaseSnapshot.TakeAsync(Factory.ConnectionString)).ShouldBe(before);
    }
}
