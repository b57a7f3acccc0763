using System.Net;
using System.Net.Sockets;
using Forum.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Forum.Tests.Web;

/// <summary>
/// A node asked to stop (SIGTERM is IHostApplicationLifetime.StopApplication) answers /healthz/ready with 503 while
/// it drains, stays live and keeps serving, and finishes a request already in flight before it goes. On real Kestrel
/// with real connections; the drain waits on the test's clock, so the test decides when it ends.
/// </summary>
[Category("Web")]
public sealed class ReadinessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private ForumWebFactory _factory = null!;
    private WebApplicationFactory<Program> _node = null!;
    private readonly SlowRequest _slow = new();

    private async Task<(HttpClient Client, Uri Address)> StartAsync(int drainSeconds)
    {
        _factory = await ForumWebFactory.CreateAsync();
        _factory.Settings["Shutdown:DrainSeconds"] = drainSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _node = _factory.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(_slow)));
        _node.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _node.StartServer();
        var address = new Uri(_node.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First());
        return (new HttpClient { BaseAddress = address, Timeout = Patience }, address);
    }

    [TearDown]
    public async Task Stop()
    {
        _slow.Release.TrySetResult();
        await _node.DisposeAsync();
        await _factory.DisposeAsync();
    }

    [Test]
    public async Task Readiness_answers_503_while_draining_and_liveness_stays_200()
    {
        var (client, _) = await StartAsync(drainSeconds: 30);
        (await client.GetAsync("/healthz/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/healthz/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var lifetime = _node.Services.GetRequiredService<IHostApplicationLifetime>();

        lifetime.StopApplication();

        await WaitUntilAsync(async () => (await client.GetAsync("/healthz/ready")).StatusCode == HttpStatusCode.ServiceUnavailable,
            "/healthz/ready turns 503 once the node is stopping");
        (await (await client.GetAsync("/healthz/ready")).Content.ReadAsStringAsync()).ShouldContain("\"draining\":\"unhealthy\"");
        (await client.GetAsync("/healthz/live")).StatusCode.ShouldBe(HttpStatusCode.OK, "a draining node is alive");
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK, "pages are still served while the balancer takes the node out");
        lifetime.ApplicationStopped.IsCancellationRequested.ShouldBeFalse("the drain holds the stop until its time is up");

        _factory.Clock.Advance(TimeSpan.FromSeconds(30));

        await WaitUntilAsync(() => Task.FromResult(lifetime.ApplicationStopped.IsCancellationRequested), "the node stops once the drain is over");
    }

    [Test]
    public async Task A_request_in_flight_when_stopping_begins_completes()
    {
        var (client, address) = await StartAsync(drainSeconds: 0);
        var inFlight = client.GetAsync(SlowRequest.Path);
        await _slow.Entered.Task.WaitAsync(Patience);
        var lifetime = _node.Services.GetRequiredService<IHostApplicationLifetime>();

        lifetime.StopApplication();
        await WaitUntilAsync(async () => !await AcceptsConnectionsAsync(address), "the node stops taking new connections");
        inFlight.IsCompleted.ShouldBeFalse("the request is still waiting for the test");
        _slow.Release.SetResult();

        var response = await inFlight.WaitAsync(Patience);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe(SlowRequest.Finished);
        await WaitUntilAsync(() => Task.FromResult(lifetime.ApplicationStopped.IsCancellationRequested), "the node stops once its last request is done");
    }

    [Test]
    public async Task Readiness_waits_for_the_migrations_this_build_carries()
    {
        _factory = new ForumWebFactory(await TestPostgres.CreateEmptyDatabaseAsync());
        _node = _factory;
        var client = _factory.CreateClient();

        var before = await client.GetAsync("/healthz/ready");
        before.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await before.Content.ReadAsStringAsync()).ShouldContain("\"schema\":\"unhealthy\"");
        (await client.GetAsync("/healthz/live")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await new Forum.Data.Migrations.MigrationRunner(_factory.ConnectionString, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance)
            .MigrateAsync(Forum.Data.Migrations.Migration.Embedded());

        (await client.GetAsync("/healthz/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<bool> AcceptsConnectionsAsync(Uri address)
    {
        using var tcp = new TcpClient();
        try
        {
            await tcp.ConnectAsync(address.Host, address.Port).WaitAsync(TimeSpan.FromSeconds(5));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Waited {Patience.TotalSeconds} s for this: {what}.");
            await Task.Delay(20);
        }
    }

    /// <summary>A request that waits, mid-response, until the test releases it.</summary>
    private sealed class SlowRequest : IStartupFilter
    {
        public const string Path = "/test/slow";
        public const string Finished = "finished";

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                if (context.Request.Path != Path)
                {
                    await following(context);
                    return;
                }
                Entered.TrySetResult();
                await Release.Task;
                await context.Response.WriteAsync(Finished);
            });
            next(app);
        };
    }
}
