using System.Runtime.InteropServices;

namespace Forum.Web.Infrastructure;

/// <summary>
/// Hands memory that native code has freed back to the operating system, every Memory:TrimSeconds (10; 0 turns it
/// off). The JIT compiles with scratch memory from glibc's malloc, and glibc keeps what is freed inside its arenas
/// for reuse: after the pages had been compiled, 18 MB of a 235 MB process was free memory still counted as the
/// forum's (docs/BENCHMARKS.md). A node shares its machine with PostgreSQL, so the memory is worth more there.
/// Linux with glibc only; elsewhere (musl has no malloc_trim) this does nothing.
/// </summary>
internal sealed class NativeMemoryTrim(int seconds, TimeProvider clock, ILogger<NativeMemoryTrim> logger) : BackgroundService
{
    public const string Setting = "Memory:TrimSeconds";
    public const int DefaultSeconds = 10;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (seconds <= 0 || !OperatingSystem.IsLinux()) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (TryTrim(out _)) continue;
            logger.MemoryTrimUnavailable();
            return;
        }
    }

    /// <summary>One trim; false where the C library has no malloc_trim. <paramref name="released"/>: whether it gave any memory back.</summary>
    public static bool TryTrim(out bool released)
    {
        try
        {
            released = MallocTrim(0) == 1;
            return true;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            released = false;
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
