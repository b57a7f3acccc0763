using System.Net.Sockets;
using Npgsql;

namespace Forum.Tests.Web;

/// <summary>The app pointed at a port where no database listens.</summary>
[Category("Web")]
public sealed class DatabaseDownTests
{
    private ForumWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        _factory = new ForumWebFactory(new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port, Username = "nobody", Password = "x", Database = "none", Timeout = 2,
        }.ConnectionString);
    }

    [OneTimeTearDown]
    public Task Stop() => _factory.DisposeAsync().AsTask();

    [Test]
    public async Task Pages_say_to_try_again_shortly_without_a_stack_trace()
    {
        var response = await _factory.CreateClient().GetAsync("/");

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter.ShouldNotBeNull();
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Please try again shortly");
        html.ShouldNotContain("Exception");
        html.ShouldNotContain("Npgsql");
    }

    [Test]
    public async Task Health_reports_the_database_as_unreachable()
    {
        var response = await _factory.CreateClient().GetAsync("/healthz");
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"database\":\"unhealthy\"");
    }

    [Test]
    public async Task Static_pages_that_need_no_database_still_work()
    {
        var response = await _factory.CreateClient().GetAsync("/help");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
