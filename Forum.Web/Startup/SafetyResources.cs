namespace Forum.Web.Startup;

internal static class SafetyResources
{
    /// <summary>
    /// The crisis lines (from the file shipped in the app), the support directory and the danger phrases (from
    /// configuration). All are checked when the app starts, so a broken entry stops start-up with its name rather
    /// than reaching someone who needs it.
    /// </summary>
    public static void AddSafetyResources(this IServiceCollection services, IConfiguration configuration)
    {
        // MVC's own diagnostics name the view they render, and "CrisisPause" would say that a writer's post matched.
        // Kept at warnings whatever the configured levels, so that no log, however detailed, records it.
        services.AddLogging(logging => logging
            .AddFilter("Microsoft.AspNetCore.Mvc.ViewFeatures", LogLevel.Warning)
            .AddFilter("Microsoft.AspNetCore.Mvc.Razor", LogLevel.Warning));
        services.AddOptions<CrisisHelpOptions>().Bind(configuration.GetSection(CrisisHelpOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CrisisHelpOptions>, CrisisHelpValidation>();
        services.AddOptions<CrisisLines>().Configure(CrisisLinesFile.Fill).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CrisisLines>, CrisisLinesValidation>();
        services.AddScoped<ReaderCountry>();
        services.AddOptions<SupportOptions>().Bind(configuration.GetSection(SupportOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SupportOptions>, SupportValidation>();
        services.AddSingleton<Forum.Domain.Safety.Risk.IRiskDetector>(provider => new DangerPhrases(provider.GetRequiredService<IOptions<CrisisHelpOptions>>().Value.DangerPhrases));
        services.AddSingleton<CrisisCheck>();
        services.AddScoped<Forum.Web.Composing.Composer>();
    }
}
