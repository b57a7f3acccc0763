namespace Forum.Web.Push;

public static class PushServices
{
    /// <summary>Discreet notifications: the settings, checked when the app starts, the queue and its sender.</summary>
    public static IServiceCollection AddForumPush(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PushOptions>().Bind(configuration.GetSection(PushOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PushNews>();
        services.AddSingleton<PushKeys>();
        services.AddScoped<PushSubscriptionWriter>();
        services.AddHostedService<PushSender>();
        return services;
    }
}
