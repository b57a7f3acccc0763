using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Forum.TestTexts;

/// <summary>
/// CPU time spent by the calling thread, for comparing the work of two calls on a machine that other work
/// keeps busy: waiting for a core does not count, as it does in wall-clock time. Falls back to wall-clock
/// time where the thread clock is not available (it is on Linux, where the tests and benchmarks run).
/// </summary>
public static partial class ThreadCpuTime
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>The least CPU time, in microseconds, of <paramref name="runs"/> calls of <paramref name="work"/>.</summary>
    public static double Fastest(Action work, int runs)
    {
        var fastest = double.MaxValue;
        for (var i = 0; i < runs; i++)
            fastest = Math.Min(fastest, Measure(work));
        return fastest;
    }

    public static double Measure(Action work)
    {
        var start = Now();
        work();
        return Now() - start;
    }

    private static double Now()
    {
        if (OperatingSystem.IsLinux() && clock_gettime(ClockThreadCpuTimeId, out var time) == 0)
            return time.Seconds * 1e6 + time.Nanoseconds / 1e3;
        return Stopwatch.GetTimestamp() * 1e6 / Stopwatch.Frequency;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", SetLastError = false)]
    private static partial int clock_gettime(int clock, out TimeSpec time);
}
