using Forum.Web.Startup;
using Npgsql;

namespace Forum.Web.Verbs;

/// <summary>
/// `moderator add NAME [--role admin]`: the only way a moderator account comes to exist. The password is read
/// from standard input, never taken as an argument, where it would land in shell history and process lists.
/// `moderator remove NAME`, `moderator unlock NAME` and `moderator role NAME ROLE` change an account; removing it
/// or changing its role ends its sessions everywhere.
/// </summary>
internal static class ModeratorVerb
{
    public const string Usage =
        "Usage: dotnet run --project Forum.Web -- moderator add NAME [--role admin]   (the password is read from standard input)" + "\n" +
        "       dotnet run --project Forum.Web -- moderator remove NAME | unlock NAME | role NAME moderator|admin";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error, bool interactive)
    {
        if (!TryParse(args, out var name, out var role) && !TryParseChange(args, out _, out name, out role))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }
        string? password = null;
        if (args[0] == "add")
        {
            if (interactive) await error.WriteAsync($"Password for {name} (at least {Moderator.PasswordMinLength} characters): ");
            password = interactive ? ConsolePassword.Read() : await input.ReadLineAsync();
            if (string.IsNullOrEmpty(password))
            {
                await error.WriteLineAsync("No password was given on standard input, so no account was made. " + Usage);
                return 2;
            }
        }

        try
        {
            // An account is the first thing a new installation makes, often before anything else has migrated the database.
            await ForumPipeline.MigrateAsync(services);
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            await error.WriteLineAsync($"The database could not be reached or prepared ({e.Message.Split('\n')[0].Trim()}), so nothing was changed.");
            return 1;
        }

        using var scope = services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<ModeratorAccounts>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        try
        {
            switch (args[0])
            {
                case "add":
                    var added = await accounts.AddAsync(name, password!, role, CancellationToken.None);
                    await output.WriteLineAsync($"Added {ModeratorRoleText.Codes.Of(added.Role)} \"{added.Name}\". They can sign in at /mod/login.");
                    return 0;
                case "remove":
                    var removed = await accounts.FindAsync(name, CancellationToken.None);
                    removed.Remove(now);
                    await accounts.SaveAsync(removed, CancellationToken.None);
                    await output.WriteLineAsync($"Removed \"{removed.Name}\". Their sessions have ended; the moderation log still shows what they did.");
                    return 0;
                case "unlock":
                    var unlocked = await accounts.FindAsync(name, CancellationToken.None);
                    unlocked.ClearGuesses(now);
                    await accounts.SaveAsync(unlocked, CancellationToken.None);
                    await output.WriteLineAsync($"Cleared the wrong passwords recorded for \"{unlocked.Name}\"; no device has to wait to sign in as them now.");
                    return 0;
                default:
                    var changed = await accounts.FindAsync(name, CancellationToken.None);
                    changed.ChangeRole(role);
                    await accounts.SaveAsync(changed, CancellationToken.None);
                    await output.WriteLineAsync($"\"{changed.Name}\" is now {(role == ModeratorRole.Admin ? "an admin" : "a moderator")}. Their sessions have ended; they sign in again to continue.");
                    return 0;
            }
        }
        catch (DomainRuleException e)
        {
            await error.WriteLineAsync(e.Message + " Nothing was changed.");
            return 1;
        }
    }

    internal static bool TryParse(string[] args, out string name, out ModeratorRole role)
    {
        (name, role) = ("", ModeratorRole.Moderator);
        switch (args)
        {
            case ["add", var only] when IsName(only):
                name = only;
                return true;
            case ["add", var named, "--role", var roleText] when IsName(named) && ModeratorRoleText.Codes.TryParse(roleText, out var parsed):
                (name, role) = (named, parsed);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The verbs that change an existing account: remove, unlock, and role (which needs the new role).</summary>
    internal static bool TryParseChange(string[] args, out string verb, out string name, out ModeratorRole role)
    {
        (verb, name, role) = ("", "", ModeratorRole.Moderator);
        switch (args)
        {
            case [("remove" or "unlock") and var change, var only] when IsName(only):
                (verb, name) = (change, only);
                return true;
            case ["role", var named, var roleText] when IsName(named) && ModeratorRoleText.Codes.TryParse(roleText, out var parsed):
                (verb, name, role) = ("role", named, parsed);
                return true;
            default:
                return false;
        }
    }

    private static bool IsName(string text) => !text.StartsWith('-') && !string.IsNullOrWhiteSpace(text);
}
