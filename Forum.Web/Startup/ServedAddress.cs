namespace Forum.Web.Startup;

/// <summary>
/// Where `dotnet run` listens when the operator says nothing: http://localhost:5080. Set here rather than in the
/// launch profile, whose applicationUrl `dotnet run` puts over ASPNETCORE_URLS and so would win over the operator's own.
/// </summary>
internal static class ServedAddress
{
    public const string DevelopmentDefault = "http://localhost:5080";

    /// <summary>True when the configuration names an address or port: ASPNETCORE_URLS, --urls, ASPNETCORE_HTTP(S)_PORTS or Kestrel:Endpoints.</summary>
    public static bool IsGiven(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
        || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpPortsKey])
        || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpsPortsKey])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();

    /// <summary>Outside Development the framework's own default stands (the image sets ASPNETCORE_URLS itself).</summary>
    public static void ListenOnTheDefaultUnlessGiven(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment() && !IsGiven(builder.Configuration)) builder.WebHost.UseUrls(DevelopmentDefault);
    }
}
