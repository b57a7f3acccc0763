using System.Text.Json;

namespace Forum.Tests.Unit;

/// <summary>
/// The runtime settings the forum ships with (Forum.Web.csproj), read from the runtimeconfig.json the build writes
/// beside the program: they were each measured on a small machine shared with PostgreSQL (docs/BENCHMARKS.md), and
/// a change to the project file should not drop one unnoticed.
/// </summary>
public sealed class RuntimeSettingsTests
{
    private static JsonElement ConfigProperties()
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Forum.Web.runtimeconfig.json"));
        return JsonDocument.Parse(file).RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Test]
    public void Idle_thread_pool_workers_sleep_instead_of_spinning() =>
        ConfigProperties().GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32().ShouldBe(0);

    [Test]
    public void The_garbage_collector_is_the_workstation_one_with_background_collections()
    {
        var properties = ConfigProperties();
        properties.GetProperty("System.GC.Server").GetBoolean().ShouldBeFalse("server GC's per-core heaps cost ~40 MB of RSS for no throughput");
        properties.GetProperty("System.GC.Concurrent").GetBoolean().ShouldBeTrue();
    }
}
