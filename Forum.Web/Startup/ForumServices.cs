using Forum.Web.Redis;
using Forum.Data.Replication;
using Forum.Domain.Rendering;
using Forum.Web.Search;
using Forum.Web.OnThePhone;
using Forum.Web.Push;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Forum.Web.Startup;

internal static class ForumServices
{
    /// <summary>Large enough for a 40,000-character story in any script, form-encoded; small enough to refuse floods early.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static void AddForumServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
        });

        // The app owns its data sources, so their connections close when the app stops rather than idling on in a global pool.
        services.AddSingleton(provider => new ForumDataSource(DatabasePool.ForPages(provider.GetRequiredService<IConfiguration>())));
        services.AddForumData(provider => provider.GetRequiredService<ForumDataSource>().Source,
            provider => new ReadReplica(provider.GetRequiredService<ForumDataSource>().Source,
                DatabasePool.ReadFromStandby(provider.GetRequiredService<IConfiguration>()), provider.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(provider => new HealthDataSource(DatabasePool.ForHealth(DatabasePool.Limited(provider.GetRequiredService<IConfiguration>()))));
        services.AddForumDataProtection(DatabaseConnection.Primary(builder.Configuration));
        services.AddSingleton(TimeProvider.System);
        var trimSeconds = WholeNumberSetting.Read(builder.Configuration, NativeMemoryTrim.Setting, NativeMemoryTrim.DefaultSeconds, atLeast: 0);
        services.AddHostedService(provider => new NativeMemoryTrim(trimSeconds, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<NativeMemoryTrim>>()));
        builder.ListenOnTheDefaultUnlessGiven();
        services.AddSiteAddress(builder.Configuration, builder.Environment);
        services.AddForumProxy(builder.Configuration);
        if (RedisConnection.IsConfigured(builder.Configuration)) services.AddForumRedis(builder.Configuration);
        services.AddForumPageCache(builder.Configuration);
        services.AddSingleton<IPostRenderer, MarkdownPostRenderer>();
        services.AddScoped<PseudonymSession>();
        services.AddScoped<WarningPreferences>();
        services.AddModeration(builder.Configuration);
        services.AddForumRateLimits(builder.Configuration);
        // After the rate limits: it wraps their rejection handler with its own.
        services.AddSearchCapacity(builder.Configuration);
        services.AddSafetyResources(builder.Configuration);
        services.AddOnThePhone(builder.Configuration);
        services.AddForumPush(builder.Configuration);
        // Every form's validator, found by type: an action asks for IValidator<TheDraft>.
        services.AddValidatorsFromAssemblyContaining<StoryDraftValidator>(ServiceLifetime.Singleton, includeInternalTypes: false);
        services.AddHttpContextAccessor();
        services.AddSingleton<OutageLog>();
        services.AddForumRouting();

        services.AddControllersWithViews(mvc =>
        {
            mvc.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            mvc.Filters.Add(new Honeypot());
            mvc.Filters.Add<CrisisLinesWhenDatabaseIsDown>();
            // Validation is FluentValidation's job, called in the action, with messages written for people.
            mvc.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        }).AddForumLanguages();
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "forum_form";
            antiforgery.Cookie.SameSite = SameSiteMode.Lax;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.FormFieldName = "__form";
        });
        services.ReuseFormTokens();
        // TempData carries one note across a redirect (a name just made for a reader); named plainly for /privacy.
        services.Configure<CookieTempDataProviderOptions>(tempData =>
        {
            tempData.Cookie.Name = NewNamePrompt.TempDataCookie;
            tempData.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddSingleton<ITempDataProvider>(provider =>
            new Caching.QuietTempData(ActivatorUtilities.CreateInstance<CookieTempDataProvider>(provider), provider.GetRequiredService<IOptions<CookieTempDataProviderOptions>>()));
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(form =>
        {
            form.ValueLengthLimit = (int)MaxRequestBodyBytes;
            form.ValueCountLimit = 50;
            form.MultipartBodyLengthLimit = MaxRequestBodyBytes;
        });
        services.AddRouting(routing => routing.LowercaseUrls = true);
        services.AddForumHealth(builder.Configuration);
        // Last: it counts the refusals of every rate limit registered above.
        builder.AddForumTelemetry();
    }
}
