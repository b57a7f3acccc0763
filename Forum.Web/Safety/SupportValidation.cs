using Forum.Domain.Rooms;

namespace Forum.Web.Safety;

/// <summary>Checked once at start-up, like <see cref="CrisisHelpValidation"/>.</summary>
internal sealed class SupportValidation : IValidateOptions<SupportOptions>
{
    public ValidateOptionsResult Validate(string? name, SupportOptions options)
    {
        var checks = new ResourceChecks();
        for (var i = 0; i < options.Entries.Count; i++)
        {
            var item = options.Entries[i];
            var entry = ResourceChecks.Entry($"{SupportOptions.Section}:Entries:{i}", item.Name);
            if (!SupportKinds.IsKnown(item.Kind))
                checks.Fail($"{entry}: Kind \"{item.Kind}\" is not one of {string.Join(", ", SupportKinds.All.Select(k => k.Kind))}.");
            checks.Require(entry, "Name", item.Name);
            checks.Require(entry, "Description", item.Description, 300);
            checks.Text(entry, "Country", item.Country, 60);
            checks.Phone(entry, item.Phone);
            checks.Web(entry, item.Web, required: true);
            foreach (var room in item.Rooms.Where(room => !RoomSlug.IsValid(room)))
                checks.Fail($"{entry}: Rooms has \"{room}\", which is not a room's short name (lower-case letters, digits and hyphens).");
        }
        return checks.Result();
    }
}
