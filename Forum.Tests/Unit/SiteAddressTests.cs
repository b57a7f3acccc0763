using Forum.Web.Startup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Forum.Tests.Unit;

/// <summary>
/// Site:BaseUrl as given wins everywhere; left empty, Development follows the address served (FirstRunTests runs it),
/// and anywhere else that is a refusal, since a feed reader would keep whatever address it was handed.
/// </summary>
[Category("Unit")]
public sealed class SiteAddressTests
{
    private static Uri? Configured(string? baseUrl, string environment) =>
        SiteAddress.Configured(
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [SiteAddress.Setting] = baseUrl }).Build(),
            new HostingEnvironment { EnvironmentName = environment });

    [TestCase("Development")]
    [TestCase("Production")]
    public void A_base_url_given_is_the_origin_in_every_environment(string environment) =>
        Configured("https://forum.example/", environment).ShouldBe(new Uri("https://forum.example"));

    [TestCase(null)]
    [TestCase("")]
    public void Development_without_a_base_url_follows_the_served_address(string? baseUrl) =>
        Configured(baseUrl, Environments.Development).ShouldBeNull();

    [Test]
    public void Production_without_a_base_url_is_refused() =>
        Should.Throw<StartupRefusal>(() => Configured("", Environments.Production)).Message.ShouldStartWith("Site:BaseUrl must be");

    [TestCase("http://+:7200", "http://localhost:7200/")]
    [TestCase("http://0.0.0.0:7200", "http://localhost:7200/")]
    [TestCase("http://[::]:7200", "http://localhost:7200/")]
    [TestCase("http://127.0.0.1:7200", "http://127.0.0.1:7200/")]
    public void A_wildcard_listening_address_is_written_as_localhost(string listening, string origin)
    {
        var server = new Microsoft.AspNetCore.Http.Features.FeatureCollection();
        var addresses = new Microsoft.AspNetCore.Hosting.Server.Features.ServerAddressesFeature();
        addresses.Addresses.Add(listening);
        server.Set<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>(addresses);

        SiteAddress.Served(new FakeServer(server)).Origin.ShouldBe(new Uri(origin));
    }

    private sealed class FakeServer(Microsoft.AspNetCore.Http.Features.IFeatureCollection features) : Microsoft.AspNetCore.Hosting.Server.IServer
    {
        public Microsoft.AspNetCore.Http.Features.IFeatureCollection Features => features;
        public Task StartAsync<TContext>(Microsoft.AspNetCore.Hosting.Server.IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public void Dispose() { }
    }
}
