using Forum.Domain;
using Forum.Domain.Moderation;
using Forum.Web.Moderation;

namespace Forum.Web.Verbs;

/// <summary>
/// `moderator add NAME [--role admin]`: the only way a moderator account comes to exist. The password is read
/// from standard input, never taken as an argument, where it would land in shell history and process lists.
/// </summary>
internal static class ModeratorVerb
{
    public const string Usage =
        "Usage: dotnet run --project Forum.Web -- moderator add NAME [--role admin]   (the password is read from standard input)";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error, bool interactive)
    {
        if (!TryParse(args, out var name, out var role))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }
        if (interactive) await error.WriteAsync($"Password for {name} (at least {Moderator.PasswordMinLength} characters): ");
        var password = interactive ? ConsolePassword.Read() : await input.ReadLineAsync();
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync("No password was given on standard input, so no account was made. " + Usage);
            return 2;
        }

        using var scope = services.CreateScope();
        try
        {
            var moderator = await scope.ServiceProvider.GetRequiredService<ModeratorAccounts>().AddAsync(name, password, role, CancellationToken.None);
            await output.WriteLineAsync($"Added {ModeratorRoleText.Of(moderator.Role)} \"{moderator.Name}\". They can sign in at /mod/login.");
            return 0;
        }
        catch (DomainRuleException e)
        {
            await error.WriteLineAsync(e.Message + " No account was made.");
            return 1;
        }
    }

    internal static bool TryParse(string[] args, out string name, out ModeratorRole role)
    {
        (name, role) = ("", ModeratorRole.Moderator);
        switch (args)
        {
            case ["add", var only] when !only.StartsWith('-') && !string.IsNullOrWhiteSpace(only):
                name = only;
                return true;
            case ["add", var named, "--role", var roleText] when !named.StartsWith('-') && !string.IsNullOrWhiteSpace(named)
                                                                 && ModeratorRoleText.TryParse(roleText, out var parsed):
                (name, role) = (named, parsed);
                return true;
            default:
                return false;
        }
    }
}
