namespace Forum.Web.OnThePhone;

public static class OnThePhoneServices
{
    /// <summary>The app's name for the manifest, checked when the app starts.</summary>
    public static IServiceCollection AddOnThePhone(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AppOptions>().Bind(configuration.GetSection(AppOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
