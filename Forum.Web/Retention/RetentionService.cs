namespace Forum.Web.Retention;

/// <summary>
/// Runs the retention purge now and then. Several nodes may run it at once: each statement only deletes what
/// is past the window, so a second run finds nothing left to do.
/// </summary>
internal sealed class RetentionService(IServiceScopeFactory scopes, IOptions<RetentionSettings> settings, TimeProvider clock, ILogger<RetentionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.RunInBackground) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, settings.Value.IntervalMinutes)), clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var counts = await scope.ServiceProvider.GetRequiredService<RetentionPurge>().RunAsync(settings.Value.Window, stoppingToken);
                if (counts is not { Stories: 0, Replies: 0, Reports: 0, ReadNotices: 0 })
                    logger.RetentionPurged(counts.Stories, counts.Replies, counts.Reports, counts.ReadNotices);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be away for a moment; the next tick tries again.
                logger.RetentionFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
