using System.Net.Sockets;
using Npgsql;

namespace Forum.Web.Infrastructure;

/// <summary>Tells a database that cannot be reached (a 503: try again shortly) from a fault in the forum itself (a 500).</summary>
internal static class DatabaseUnavailable
{
    public static int StatusFor(Exception exception) =>
        IsUnavailable(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;

    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true } or SocketException or TimeoutException) return true;
            if (e is PostgresException { SqlState: "57P01" or "57P03" or "53300" }) return true; // shutting down, starting up, too many connections
            // A connection the server ended between two statements of one transaction: Npgsql reports the
            // transaction as completed when the next statement tries to use it.
            if (e is InvalidOperationException { Source: "Npgsql" } && e.Message.Contains("already completed", StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
