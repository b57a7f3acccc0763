using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Tests.Infrastructure;

/// <summary>
/// Lets a test speak from several client addresses through the in-process server, which has none of its own:
/// the X-Test-Device header becomes the connection's remote address before anything else runs.
/// </summary>
public sealed class TestDevices : IStartupFilter
{
    public const string Header = "X-Test-Device";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            if (context.Request.Headers[Header] is [{ } value] && IPAddress.TryParse(value, out var address))
                context.Connection.RemoteIpAddress = address;
            return following(context);
        });
        next(app);
    };

    public static WebApplicationFactory<Program> On(WebApplicationFactory<Program> factory) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestDevices>()));

    /// <summary>A browser-like client at the given address.</summary>
    public static HttpClient Client(WebApplicationFactory<Program> factory, string address)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }
}
