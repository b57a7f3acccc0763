using Npgsql;

namespace Forum.Web.Startup;

/// <summary>
/// Refuses to start on a standby: a node whose writes all fail as read-only would look alive and lose every post.
/// A database that does not answer at all is left to the usual start-up path, which says so in its own way.
/// </summary>
internal static class PrimaryCheck
{
    public const string StandbyGiven =
        "ConnectionStrings:Forum leads to a standby (a read-only replica), not the primary: name the primary, or list every host (Host=a,b) and the forum finds the primary itself.";

    public const string NoPrimaryAmongHosts =
        "None of the hosts in ConnectionStrings:Forum is a primary that accepts writes: promote one (pg_ctl promote) or add the primary's address.";

    /// <summary>The one-line reason not to start, or null.</summary>
    public static async Task<string?> ProblemAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_is_in_recovery()", connection);
            return (bool)(await command.ExecuteScalarAsync(cancellationToken))! ? StandbyGiven : null;
        }
        catch (NpgsqlException e) when (e.Message.StartsWith(DatabaseUnavailable.NoPrimaryMessage, StringComparison.Ordinal)
                                        && e.InnerException is null or PostgresException)
        {
            // Every host answered, and none was the primary (a host that did not answer leaves a connection error inside).
            return NoPrimaryAmongHosts;
        }
        catch (Exception e) when (DatabaseUnavailable.IsUnavailable(e))
        {
            return null;
        }
    }

    /// <exception cref="StartupRefusal">The database named as the primary is a standby, or no listed host is the primary.</exception>
    public static async Task RequirePrimaryAsync(this WebApplication app)
    {
        if (await ProblemAsync(DatabaseConnection.Primary(app.Configuration)) is { } problem) throw new StartupRefusal(problem);
    }
}
