using Forum.Domain.Safety.Risk;

namespace Forum.Web.Startup;

internal static class SafetyResources
{
    /// <summary>
    /// The crisis lines (from the file shipped in the app), the support directory, the danger phrases and the risk
    /// detector (from configuration). All are checked when the app starts, so a broken entry stops start-up with its
    /// name rather than reaching someone who needs it.
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
        services.AddOptions<RiskModelOptions>().Bind(configuration.GetSection(RiskModelOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        // CrisisHelp:DangerPhrases stay as phrases an operator adds; the detector reads them as clear signs.
        services.AddSingleton(provider => new RiskDetector(
            provider.GetRequiredService<IOptions<CrisisHelpOptions>>().Value.DangerPhrases,
            provider.GetRequiredService<IOptions<RiskModelOptions>>().Value.Enabled == true,
            RiskModelLog.For(provider.GetRequiredService<ILoggerFactory>().CreateLogger("Forum.Safety.RiskModel"))));
        services.AddKeyedSingleton<IRiskDetector>(AssessedOnce.EngineKey, (provider, _) => provider.GetRequiredService<RiskDetector>());
        services.AddSingleton<IRiskDetector, AssessedOnce>();
        services.AddHealthChecks().AddCheck<RiskModelHealthCheck>(RiskModelHealthCheck.Name);
        services.AddScoped<CrisisCheck>();
        services.AddScoped<Forum.Web.Composing.Composer>();
    }
}
