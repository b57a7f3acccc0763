using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Forum.Web.Startup;

internal static class DataProtectionServices
{
    /// <summary>
    /// Keys in the shared database rather than ~/.aspnet, so a form rendered by one node posts to another and a
    /// moderator stays signed in across a restart or a container replaced by a new one.
    /// </summary>
    public static void AddForumDataProtection(this IServiceCollection services, string? connectionString)
    {
        services.AddDbContext<DataProtectionKeysDbContext>(options => options.UseNpgsql(connectionString));
        // The default discriminator is the content root path, which differs between a checkout, a container and
        // a test host; a fixed name is what lets them share one key ring.
        services.AddDataProtection()
            .SetApplicationName("Forum")
            .PersistKeysToDbContext<DataProtectionKeysDbContext>();
    }
}
