using Forum.Web.Infrastructure;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Forum.Tests.Unit;

/// <summary>
/// Freed native memory goes back to the operating system, on the node's clock, until the node stops. The forum runs on
/// Linux with glibc, here and in the Docker image alike, so nothing here is skipped.
/// </summary>
[Category("Unit")]
// It measures the whole process's resident memory, which another fixture's app would move.
[NonParallelizable]
public sealed class NativeMemoryTrimTests
{
    private const int Chunk = 4 * 1024;
    private const long Allocated = 64L * 1024 * 1024;

    [Test]
    public void Memory_that_native_code_freed_leaves_the_process_when_trimmed()
    {
        // Small blocks, as the JIT's scratch memory is, every sixteenth of them kept: freeing the rest leaves holes
        // inside the arena, which glibc keeps for reuse (a free top it might give back by itself; a hole it never does).
        var ones = Enumerable.Repeat((byte)1, Chunk).ToArray();
        var blocks = new List<nint>();
        for (long n = 0; n < Allocated / Chunk; n++)
        {
            var block = Marshal.AllocHGlobal(Chunk);
            Marshal.Copy(ones, 0, block, Chunk);
            blocks.Add(block);
        }
        var kept = blocks.Where((_, i) => i % 16 == 15).ToList();
        try
        {
            blocks.Where((_, i) => i % 16 != 15).ToList().ForEach(Marshal.FreeHGlobal);
            var beforeTrim = ResidentBytes();

            NativeMemoryTrim.TryTrim(out var released).ShouldBeTrue("glibc has malloc_trim");
            released.ShouldBeTrue();
            (beforeTrim - ResidentBytes()).ShouldBeGreaterThan(Allocated / 4, "most of the 60 MB freed should leave the process");
        }
        finally
        {
            kept.ForEach(Marshal.FreeHGlobal);
        }
    }

    [TestCase(0)]
    [TestCase(-5)]
    public async Task Zero_or_less_turns_it_off(int seconds)
    {
        using var trim = new NativeMemoryTrim(seconds, new FakeTimeProvider(), NullLogger<NativeMemoryTrim>.Instance);
        await trim.StartAsync(CancellationToken.None);
        await trim.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));
        trim.ExecuteTask.IsCompletedSuccessfully.ShouldBeTrue();
    }

    [Test]
    public async Task It_keeps_trimming_on_its_clock_until_the_node_stops()
    {
        var clock = new FakeTimeProvider();
        using var trim = new NativeMemoryTrim(NativeMemoryTrim.DefaultSeconds, clock, NullLogger<NativeMemoryTrim>.Instance);
        await trim.StartAsync(CancellationToken.None);
        for (var tick = 0; tick < 3; tick++) clock.Advance(TimeSpan.FromSeconds(NativeMemoryTrim.DefaultSeconds));

        trim.ExecuteTask!.IsCompleted.ShouldBeFalse("a trim that works is never the last one");
        await trim.StopAsync(CancellationToken.None);
        trim.ExecuteTask.IsCompleted.ShouldBeTrue();
    }

    private static long ResidentBytes() =>
        long.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
}
