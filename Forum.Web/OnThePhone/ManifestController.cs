using System.Text.Json;

namespace Forum.Web.OnThePhone;

/// <summary>
/// The web app manifest, which lets a reader add the forum to their home screen. Written here rather than kept as a
/// file because its name is a setting (<see cref="AppOptions"/>), or the reader's own choice on this device
/// (<see cref="ChosenAppName"/>, a cookie: a reader holding it never gets a kept copy made for someone else).
/// </summary>
public sealed class ManifestController(IOptions<AppOptions> app) : Controller
{
    public const string ContentType = "application/manifest+json";

    [HttpGet("/manifest.webmanifest", Name = RouteNames.Manifest)]
    public IActionResult Manifest()
    {
        var name = ChosenAppName.Of(Request) ?? app.Value.Name;
        var manifest = new
        {
            id = "/",
            name,
            short_name = name,
            start_url = "/",
            scope = "/",
            display = "standalone",
            theme_color = AppOptions.ThemeColour,
            background_color = AppOptions.BackgroundColour,
            icons = new object[]
            {
                new { src = "/icons/icon-192.png", sizes = "192x192", type = "image/png" },
                new { src = "/icons/icon-512.png", sizes = "512x512", type = "image/png" },
                new { src = "/icons/icon-maskable-512.png", sizes = "512x512", type = "image/png", purpose = "maskable" },
            },
        };
        return Content(JsonSerializer.Serialize(manifest), ContentType);
    }
}
