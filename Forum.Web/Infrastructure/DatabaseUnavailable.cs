using System.Net.Sockets;
using Npgsql;

namespace Forum.Web.Infrastructure;

/// <summary>Tells a database that cannot be reached (a 503: try again shortly) from a fault in the forum itself (a 500).</summary>
internal static class DatabaseUnavailable
{
    public static int StatusFor(Exception exception) =>
        IsUnavailable(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;

    /// <summary>How Npgsql says that none of a multi-host connection string's hosts is what was asked for.</summary>
    public const string NoPrimaryMessage = "No suitable host";

    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true } or SocketException or TimeoutException) return true;
            if (e is PostgresException { SqlState: "57P01" or "57P03" or "53300" }) return true; // shutting down, starting up, too many connections
            // During a failover: no host is the primary yet, or a write reached a server that has just become a standby.
            if (e is PostgresException { SqlState: "25006" }) return true;
            if (e is NpgsqlException && e.Message.StartsWith(NoPrimaryMessage, StringComparison.Ordinal)) return true;
            // A connection the server ended between two statements of one transaction: Npgsql reports the
            // transaction as completed when the next statement tries to use it.
            if (e is InvalidOperationException { Source: "Npgsql" } && e.Message.Contains("already completed", StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
