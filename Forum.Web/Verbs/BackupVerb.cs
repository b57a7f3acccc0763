using System.Diagnostics;
using Forum.Data.Backups;
using Forum.Web.Startup;
using Npgsql;

namespace Forum.Web.Verbs;

/// <summary>
/// `backup FILE` and `restore FILE [--replace]`: the whole forum, key ring included, in one file encrypted under a
/// passphrase read from standard input (never an argument, where it would land in shell history and process lists).
/// FILE "-" is standard output for backup, and for restore standard input after the passphrase's line: what lets a
/// container, whose own disk is not the operator's, take part in a pipe.
/// </summary>
internal static class BackupVerb
{
    public const string Usage =
        "Usage: dotnet run --project Forum.Web -- backup FILE              (the passphrase is read from standard input; FILE - is standard output)" + "\n" +
        "       dotnet run --project Forum.Web -- restore FILE [--replace]  (the passphrase is read from standard input; FILE - reads the backup after its line)";

    public const int MinimumPassphraseLength = 12;

    /// <summary>
    /// Called before the host is built: with the file on standard output, everything the program would print there
    /// (its console log included, which holds on to the writer it starts with) goes to standard error instead.
    /// </summary>
    public static void KeepStandardOutputForTheFile(string[] args)
    {
        if (args is ["backup", "-"]) Console.SetOut(Console.Error);
    }

    public static async Task<int> BackupAsync(WebApplication app, string[] args)
    {
        if (args is not [var file] || file.StartsWith("--", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }
        var passphrase = await ReadPassphraseAsync(Console.OpenStandardInput(), confirm: true);
        if (passphrase is null)
        {
            await Console.Error.WriteLineAsync("The two passphrases typed differ, so no backup was written.");
            return 2;
        }
        if (passphrase.Length < MinimumPassphraseLength)
        {
            await Console.Error.WriteLineAsync($"The passphrase has to be at least {MinimumPassphraseLength} characters, on the first line of standard input; no backup was written. Keep it apart from the file: without it the backup cannot be opened.");
            return 2;
        }

        var clock = app.Services.GetRequiredService<TimeProvider>();
        var backup = new ForumBackup(DatabaseConnection.Primary(app.Configuration));
        var started = Stopwatch.StartNew();
        try
        {
            BackupHeader header;
            if (file == "-")
            {
                await using var output = Console.OpenStandardOutput();
                header = await backup.WriteAsync(output, passphrase, clock.GetUtcNow());
            }
            else
            {
                // Written beside the target and renamed when whole, so an interrupted backup never sits where the last good one was.
                var partial = file + ".partial";
                await using (var output = new FileStream(partial, OwnerOnly()))
                    header = await backup.WriteAsync(output, passphrase, clock.GetUtcNow());
                File.Move(partial, file, overwrite: true);
            }
            // With FILE "-" this line goes to standard error (KeepStandardOutputForTheFile).
            Console.WriteLine($"Backed up {Summary(header)} in {started.Elapsed.TotalSeconds:0.0} s{(file == "-" ? "" : " to " + file)}. Keep the passphrase apart from the file.");
            return 0;
        }
        catch (Exception e) when (e is BackupRefused or NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"{OneLine(e)} No backup was written.");
            return 1;
        }
    }

    public static async Task<int> RestoreAsync(WebApplication app, string[] args)
    {
        bool replace;
        string file;
        switch (args)
        {
            case [var only] when !only.StartsWith("--", StringComparison.Ordinal): (file, replace) = (only, false); break;
            case [var named, "--replace"] when !named.StartsWith("--", StringComparison.Ordinal): (file, replace) = (named, true); break;
            case ["--replace", var named] when !named.StartsWith("--", StringComparison.Ordinal): (file, replace) = (named, true); break;
            default:
                await Console.Error.WriteLineAsync(Usage);
                return 2;
        }
        await using var standardInput = Console.OpenStandardInput();
        var passphrase = await ReadPassphraseAsync(standardInput, confirm: false, fromTerminal: file != "-" && !Console.IsInputRedirected);
        if (string.IsNullOrEmpty(passphrase))
        {
            await Console.Error.WriteLineAsync("No passphrase was given on standard input, so nothing was restored. " + Usage);
            return 2;
        }

        var started = Stopwatch.StartNew();
        try
        {
            await using var input = file == "-" ? standardInput : File.OpenRead(file);
            var header = await new ForumRestore(DatabaseConnection.Primary(app.Configuration)).RestoreAsync(input, passphrase, replace);
            Console.WriteLine($"Restored the forum as it was at {header.TakenAt:yyyy-MM-dd HH:mm} UTC: {Summary(header)}, in {started.Elapsed.TotalSeconds:0.0} s. " +
                              "Start (or restart) the forum's nodes now, so none serves a page it kept from before.");
            return 0;
        }
        catch (Exception e) when (e is BackupRefused or NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync(e is BackupRefused ? e.Message : $"{OneLine(e)} Nothing was restored; the database is as it was.");
            return 1;
        }
    }

    /// <summary>Readable by its owner alone: the file is encrypted, but guessing at its passphrase needs a copy.</summary>
    private static FileStreamOptions OwnerOnly()
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return options;
    }

    private static string Summary(BackupHeader header)
    {
        long Rows(string table) => header.Tables.FirstOrDefault(t => t.Name == table)?.Rows ?? 0;
        return $"{Rows("threads")} stories, {Rows("replies")} replies, {Rows("pseudonyms")} names, {Rows("moderators")} moderator accounts, " +
               $"{Rows("data_protection_keys")} keys and {header.Tables.Count} tables in all, schema {header.Migrations[^1].Version}";
    }

    private static string OneLine(Exception e) => e switch
    {
        BackupRefused => e.Message,
        PostgresException => $"The database refused a step ({e.Message.Split('\n')[0].Trim()}).",
        IOException or UnauthorizedAccessException => $"The file could not be used ({e.Message.Split('\n')[0].Trim()}).",
        _ => $"The database could not be reached ({e.Message.Split('\n')[0].Trim()}).",
    };

    /// <summary>
    /// At a terminal, asked for without echo (twice for a new backup); piped, the first line. Read from the raw stream
    /// a byte at a time, so that with FILE "-" the backup that follows the line is left unread.
    /// </summary>
    private static async Task<string?> ReadPassphraseAsync(Stream input, bool confirm, bool fromTerminal = true)
    {
        if (fromTerminal && !Console.IsInputRedirected)
        {
            await Console.Error.WriteAsync("Passphrase for the backup: ");
            var typed = ConsolePassword.Read();
            if (!confirm) return typed;
            await Console.Error.WriteAsync("The same passphrase again: ");
            return ConsolePassword.Read() == typed ? typed : null;
        }
        var line = new List<byte>();
        var one = new byte[1];
        while (await input.ReadAsync(one) == 1 && one[0] != (byte)'\n') line.Add(one[0]);
        return System.Text.Encoding.UTF8.GetString(line.ToArray()).TrimEnd('\r');
    }
}
