using Forum.Web.Retention;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Forum.Web.Startup;

internal static class ModerationServices
{
    private static readonly TimeSpan SessionLength = TimeSpan.FromHours(8);

    public static void AddModeration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new WatchedPhrases(configuration.GetSection("Moderation:WatchedPhrases").Get<string[]>() ?? []));
        services.AddScoped<IPasswordHasher<Moderator>, PasswordHasher<Moderator>>();
        services.AddScoped<ModeratorAccounts>();
        services.AddSingleton<ModeratorSessions>();
        services.AddHostedService<ModeratorChangesListener>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<ModeratorDevices>();
        services.AddOptions<RetentionSettings>().Bind(configuration.GetSection(RetentionSettings.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionSettings>, RetentionValidation>();
        services.AddHostedService<RetentionService>();

        services.AddAuthentication(ModerationPolicies.Scheme).AddCookie(ModerationPolicies.Scheme, cookie =>
        {
            cookie.Cookie.Name = ModerationPolicies.CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.Cookie.IsEssential = true;
            cookie.ExpireTimeSpan = SessionLength;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/mod/login";
            // Moderator pages are not there for anyone else: no redirect to a sign-in page that would say they exist.
            cookie.Events = new CookieAuthenticationEvents
            {
                OnRedirectToLogin = NotFound,
                OnRedirectToAccessDenied = NotFound,
                OnValidatePrincipal = context => context.HttpContext.RequestServices.GetRequiredService<ModeratorSessions>().ValidateAsync(context),
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(ModerationPolicies.Moderator, policy => policy
                .AddAuthenticationSchemes(ModerationPolicies.Scheme)
                .RequireRole(ModeratorRoleText.Moderator, ModeratorRoleText.Admin))
            .AddPolicy(ModerationPolicies.Admin, policy => policy
                .AddAuthenticationSchemes(ModerationPolicies.Scheme)
                .RequireRole(ModeratorRoleText.Admin));
    }

    private static Task NotFound(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
