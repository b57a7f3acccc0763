using System.Diagnostics;

namespace Forum.Tests.Unit;

/// <summary>
/// The nginx configuration scripts/cluster writes: one worker per core, warnings logged (never an address), and a
/// POST repeated on the other node only where the form's submission key makes a second send write nothing twice.
/// </summary>
[Category("Unit")]
public sealed class BalancerConfigTests
{
    [Test]
    public async Task The_cluster_balancer_is_valid_uses_every_core_and_retries_only_keyed_posts()
    {
        var folder = Directory.CreateTempSubdirectory("forum-nginx-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "tmp"));
            var (rendered, code) = await RunAsync("bash", Path.Combine(SourceTree.Root, "scripts", "cluster"), "nginx-conf", folder.FullName);
            code.ShouldBe(0, rendered);
            var conf = Path.Combine(folder.FullName, "nginx.conf");
            await File.WriteAllTextAsync(conf, rendered);

            rendered.ShouldContain("worker_processes auto;");
            rendered.ShouldMatch(@"(?m)^error_log \S+ warn;");
            rendered.ShouldContain("access_log off;");
            var locations = rendered.Split("location ").Skip(1).ToList();
            var keyed = locations.Where(l => l.Contains("non_idempotent", StringComparison.Ordinal)).ShouldHaveSingleItem();
            keyed.ShouldStartWith(@"~ ^/(r/[^/]+/threads|t/[0-9]+/replies)$");
            locations.Single(l => l.StartsWith("/ ", StringComparison.Ordinal)).ShouldNotContain("non_idempotent");

            var nginx = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists);
            if (nginx is null) Assert.Ignore("nginx is not installed (Debian: apt install nginx-light)");
            var (said, valid) = await RunAsync(nginx, "-t", "-c", conf, "-p", folder.FullName);
            valid.ShouldBe(0, said);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(string Output, int ExitCode)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (await output + await errors, process.ExitCode);
    }
}
