using Forum.Data.Rooms;
using Forum.Domain.Rooms;
using Microsoft.AspNetCore.Authorization;

namespace Forum.Web.Controllers;

/// <summary>Admins add, change, order and archive rooms. Everyone else, moderators included, gets a 404.</summary>
[Authorize(Policy = ModerationPolicies.Admin)]
public sealed class RoomAdminController(RoomAdministration rooms) : Controller
{
    /// <summary>Generous for any real forum, and a limit on how much one reorder form can ask for.</summary>
    private const int MaxRoomsInOneReorder = 200;

    [HttpGet("/mod/rooms", Name = RouteNames.ModRooms)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new RoomAdminViewModel(await rooms.AllAsync(cancellationToken)));

    [HttpGet("/mod/rooms/new", Name = RouteNames.ModNewRoom)]
    public IActionResult New() => View("Edit", new RoomFormViewModel(null, new RoomDraft()));

    [HttpPost("/mod/rooms")]
    public async Task<IActionResult> Add([FromForm] RoomDraft draft, [FromServices] IValidator<RoomDraft> validator, CancellationToken cancellationToken)
    {
        draft.Adding = true;
        validator.Validate(draft).AddToModelState(ModelState);
        if (!ModelState.IsValid) return await this.ShowInvalidAsync(() => EditAgain(null, draft));
        return await this.WriteOrShowAgainAsync(async () =>
        {
            var room = await rooms.AddAsync(draft.Slug, draft.Settings, draft.Reason, User.ModeratorId(), cancellationToken);
            return RedirectToRoute(RouteNames.ModRooms, null, $"room-{room.Slug}");
        }, () => EditAgain(null, draft));
    }

    [HttpGet("/mod/rooms/{slug}", Name = RouteNames.ModRoom)]
    public async Task<IActionResult> Edit([FromRoute] string slug, CancellationToken cancellationToken)
    {
        var room = await rooms.FindAsync(slug, cancellationToken);
        if (room is null) return NotFound();
        return View(new RoomFormViewModel(room, new RoomDraft
        {
            Name = room.Name, Description = room.Description, RequiresContentWarnings = room.RequiresContentWarnings, FeedEnabled = room.FeedEnabled,
        }));
    }

    [HttpPost("/mod/rooms/{slug}")]
    public async Task<IActionResult> Change([FromRoute] string slug, [FromForm] RoomDraft draft, [FromServices] IValidator<RoomDraft> validator, CancellationToken cancellationToken)
    {
        var room = await rooms.FindAsync(slug, cancellationToken);
        if (room is null) return NotFound();
        validator.Validate(draft).AddToModelState(ModelState);
        if (!ModelState.IsValid) return await this.ShowInvalidAsync(() => EditAgain(room, draft));
        return await this.WriteOrShowAgainAsync(async () =>
        {
            await rooms.ChangeAsync(slug, draft.Settings, draft.Reason, User.ModeratorId(), cancellationToken);
            return RedirectToRoute(RouteNames.ModRooms, null, $"room-{slug}");
        }, () => EditAgain(room, draft));
    }

    // Every slug comes from the route: a form field of the same name ("Slug" in the room form) must never choose the room.

    /// <summary>One field per room, "place-{slug}", with its new place; and one reason for the whole change.</summary>
    [HttpPost("/mod/rooms/order", Name = RouteNames.ModRoomOrder)]
    public async Task<IActionResult> Reorder(IFormCollection form, CancellationToken cancellationToken)
    {
        const string prefix = "place-";
        var places = new Dictionary<string, int>();
        foreach (var (key, value) in form.Where(field => field.Key.StartsWith(prefix, StringComparison.Ordinal)).Take(MaxRoomsInOneReorder + 1))
        {
            if (places.Count == MaxRoomsInOneReorder || value.Count != 1
                || !int.TryParse(value.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var place)
                || place > Room.MaxPosition)
                return await this.ShowRefusedAsync($"Each room's place is a whole number from 0 to {Room.MaxPosition:N0}. Nothing was changed.",
                    StatusCodes.Status400BadRequest, () => ListAgainAsync(cancellationToken));
            places[key[prefix.Length..]] = place;
        }
        return await ActOnListAsync(() => rooms.MoveAsync(places, form["Reason"].ToString(), User.ModeratorId(), cancellationToken), cancellationToken);
    }

    [HttpPost("/mod/rooms/{slug}/archive", Name = RouteNames.ModRoomArchive)]
    public Task<IActionResult> Archive([FromRoute] string slug, [FromForm] string? reason, CancellationToken cancellationToken) =>
        ActOnRoomAsync(slug, () => rooms.ArchiveAsync(slug, reason ?? "", User.ModeratorId(), cancellationToken), cancellationToken);

    [HttpPost("/mod/rooms/{slug}/reopen", Name = RouteNames.ModRoomReopen)]
    public Task<IActionResult> Reopen([FromRoute] string slug, [FromForm] string? reason, CancellationToken cancellationToken) =>
        ActOnRoomAsync(slug, () => rooms.ReopenAsync(slug, reason ?? "", User.ModeratorId(), cancellationToken), cancellationToken);

    private Task<IActionResult> ActOnRoomAsync(string slug, Func<Task<bool>> act, CancellationToken cancellationToken) =>
        this.WriteOrShowAgainAsync(async () => await act() ? RedirectToRoute(RouteNames.ModRooms, null, $"room-{slug}") : NotFound(), () => ListAgainAsync(cancellationToken));

    private Task<IActionResult> ActOnListAsync(Func<Task> act, CancellationToken cancellationToken) =>
        this.WriteOrShowAgainAsync(async () =>
        {
            await act();
            return RedirectToRoute(RouteNames.ModRooms);
        }, () => ListAgainAsync(cancellationToken));

    private async Task<IActionResult> ListAgainAsync(CancellationToken cancellationToken) =>
        View("Index", new RoomAdminViewModel(await rooms.AllAsync(cancellationToken)));

    private Task<IActionResult> EditAgain(Room? room, RoomDraft draft) =>
        Task.FromResult<IActionResult>(View("Edit", new RoomFormViewModel(room, draft)));
}
