using System.ComponentModel.DataAnnotations;

namespace Forum.Web.OnThePhone;

/// <summary>
/// How the forum looks once a reader adds it to their phone's home screen. The name is under the icon for anyone who
/// picks the phone up, so it says nothing about what the site is unless the operator wants it to.
/// </summary>
public sealed class AppOptions
{
    public const string Section = "App";

    /// <summary>The name under the icon and in the phone's list of apps.</summary>
    [Required, StringLength(30, MinimumLength = 1)]
    public string Name { get; set; } = "Forum";

    /// <summary>The bar's colour around the app: the stylesheet's accent (css/site.css, --accent), and the icons' background.</summary>
    public const string ThemeColour = "#1d6b66";

    /// <summary>The splash screen's colour while the first page loads: the stylesheet's light paper.</summary>
    public const string BackgroundColour = "#fbfaf7";
}
