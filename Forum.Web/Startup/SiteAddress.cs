namespace Forum.Web.Startup;

/// <summary>
/// The site's public origin (Site:BaseUrl), for every absolute link the forum writes (the feeds' ids and links).
/// Never the request's Host header: behind AllowedHosts "*" anyone could choose that, and a feed reader would keep it.
/// </summary>
public sealed class SiteAddress
{
    public const string Setting = "Site:BaseUrl";

    private SiteAddress(Uri origin) => Origin = origin;

    /// <summary>Scheme, host and port only, such as https://forum.example.</summary>
    public Uri Origin { get; }

    public static SiteAddress From(IConfiguration configuration)
    {
        var text = configuration[Setting];
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new StartupRefusal($"{Setting} must be the forum's public address, such as https://forum.example; it is \"{text}\".");
        // The routes are all at the root, so a path here would make links that lead nowhere.
        if (uri.AbsolutePath != "/" || uri.Query != "" || uri.Fragment != "" || uri.UserInfo != "")
            throw new StartupRefusal($"{Setting} must be an origin without a path, such as https://forum.example; it is \"{text}\".");
        return new SiteAddress(new Uri(uri.GetLeftPart(UriPartial.Authority)));
    }
}
