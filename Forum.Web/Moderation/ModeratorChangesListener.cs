using Npgsql;

namespace Forum.Web.Moderation;

/// <summary>
/// Listens on the primary for accounts whose sessions have ended (migration 0040's trigger) and drops this node's
/// copy of their stamp, so a role change or removal made anywhere, the command line included, takes effect here at
/// once rather than within <see cref="ModeratorSessions.CacheFor"/>. While the connection is down the cache's own
/// expiry still bounds the delay; after reconnecting everything remembered is dropped, since notices may have been missed.
/// </summary>
internal sealed class ModeratorChangesListener(IConfiguration configuration, ModeratorSessions sessions, ILogger<ModeratorChangesListener> logger)
    : BackgroundService
{
    public const string Channel = "forum_moderator_changed";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(Startup.DatabaseConnection.Primary(configuration))
        {
            ApplicationName = "forum-moderator-changes",
            Pooling = false,
            KeepAlive = 15,
        }.ConnectionString;
        var retryIn = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, notice) =>
                {
                    if (int.TryParse(notice.Payload, out var moderatorId)) sessions.Forget(moderatorId);
                };
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                sessions.ForgetAll();
                retryIn = TimeSpan.FromSeconds(1);
                while (true) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or System.Net.Sockets.SocketException or IOException)
            {
                logger.ModeratorChangesUnheard(e, retryIn.TotalSeconds);
                // Pacing a reconnection, not a time anyone sees: the monotonic delay is the right clock.
                await Task.Delay(retryIn, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                retryIn = TimeSpan.FromSeconds(Math.Min(30, retryIn.TotalSeconds * 2));
            }
        }
    }
}
