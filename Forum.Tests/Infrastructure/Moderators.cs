using Forum.Web.Moderation;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Tests.Infrastructure;

/// <summary>Moderator accounts for tests, made the way the `moderator add` command makes them, and signed in through /mod/login.</summary>
public static class Moderators
{
    public const string Password = "correct horse battery staple";

    public static async Task<Moderator> AddModeratorAsync(this ForumWebFactory factory, string? name = null, ModeratorRole role = ModeratorRole.Moderator)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ModeratorAccounts>()
            .AddAsync(name ?? $"Mod {Guid.NewGuid().ToString("N")[..8]}", Password, role, CancellationToken.None);
    }

    /// <summary>A browser-like client signed in as a new moderator (or admin).</summary>
    public static async Task<HttpClient> SignedInModeratorAsync(this ForumWebFactory factory, ModeratorRole role = ModeratorRole.Moderator)
    {
        var moderator = await factory.AddModeratorAsync(role: role);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.SignInAsModeratorAsync(moderator.Name, Password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return client;
    }

    public static Task<HttpResponseMessage> SignInAsModeratorAsync(this HttpClient client, string name, string password) =>
        client.SubmitAsync("/mod/login", "/mod/login", new Dictionary<string, string> { ["Name"] = name, ["Password"] = password });
}
