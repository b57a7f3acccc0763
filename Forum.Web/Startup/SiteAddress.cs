using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Forum.Web.Startup;

/// <summary>
/// The site's public origin (Site:BaseUrl), for every absolute link the forum writes (the feeds' ids and links).
/// Never the request's Host header: behind AllowedHosts "*" anyone could choose that, and a feed reader would keep it.
/// In Development, with Site:BaseUrl left empty (appsettings.Development.json), the address this process listens on
/// instead, so `dotnet run --urls http://localhost:7200` writes feeds that lead back to port 7200.
/// </summary>
public sealed class SiteAddress
{
    public const string Setting = "Site:BaseUrl";

    private readonly Func<Uri> _origin;

    private SiteAddress(Func<Uri> origin) => _origin = origin;

    /// <summary>Scheme, host and port only, such as https://forum.example.</summary>
    public Uri Origin => _origin();

    /// <summary>The configured origin, or null in Development when none is set (then the served address is used).</summary>
    /// <exception cref="StartupRefusal">Site:BaseUrl is not an absolute http(s) origin.</exception>
    public static Uri? Configured(IConfiguration configuration, IHostEnvironment environment)
    {
        var text = configuration[Setting];
        if (string.IsNullOrWhiteSpace(text) && environment.IsDevelopment()) return null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new StartupRefusal($"{Setting} must be the forum's public address, such as https://forum.example; it is \"{text}\".");
        // The routes are all at the root, so a path here would make links that lead nowhere.
        if (uri.AbsolutePath != "/" || uri.Query != "" || uri.Fragment != "" || uri.UserInfo != "")
            throw new StartupRefusal($"{Setting} must be an origin without a path, such as https://forum.example; it is \"{text}\".");
        return new Uri(uri.GetLeftPart(UriPartial.Authority));
    }

    public static SiteAddress Fixed(Uri origin) => new(() => origin);

    /// <summary>The first address the server listens on, with a wildcard host (+, *, 0.0.0.0, [::]) read as localhost.</summary>
    public static SiteAddress Served(IServer server)
    {
        var origin = new Lazy<Uri>(() =>
        {
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost";
            var wildcard = System.Text.RegularExpressions.Regex.Replace(address, @"//(\+|\*|0\.0\.0\.0|\[::\])(?=[:/]|$)", "//localhost");
            return new Uri(new Uri(wildcard).GetLeftPart(UriPartial.Authority));
        });
        return new SiteAddress(() => origin.Value);
    }
}

internal static class SiteAddressServices
{
    public static void AddSiteAddress(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        if (SiteAddress.Configured(configuration, environment) is { } origin) services.AddSingleton(SiteAddress.Fixed(origin));
        else services.AddSingleton(provider => SiteAddress.Served(provider.GetRequiredService<IServer>()));
    }
}
