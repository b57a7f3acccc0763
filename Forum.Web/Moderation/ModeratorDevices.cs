using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Forum.Web.Moderation;

/// <summary>
/// The device cookie of OWASP's "Slow Down Online Guessing Attacks with Device Cookies": given to a browser when a
/// moderator signs in on it, it says "this name signed in here before" and lets that browser past other people's
/// guesses (<see cref="SignInThrottle"/>). It holds the account's name key, a random nonce (which the throttle
/// counts this device's own wrong guesses by) and when it was given, sealed with Data Protection so it can be
/// neither read nor made elsewhere; never the password. Sent only to the sign-in form, never to scripts, never
/// from another site.
/// </summary>
public sealed class ModeratorDevices(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string CookieName = "forum_mod_device";
    public const string CookiePath = "/mod/login";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    private readonly IDataProtector _protector = protection.CreateProtector("Forum.Moderation.DeviceCookie.v1");

    public sealed record Device(string NameKey, string Nonce);

    /// <summary>The device this request's cookie names, or null when there is none, or it is altered or too old.</summary>
    public Device? Read(HttpContext context)
    {
        if (context.Request.Cookies[CookieName] is not { Length: > 0 and < 1000 } sealedValue) return null;
        try
        {
            // The name key goes last, so that whatever characters it holds cannot move the other parts.
            var parts = _protector.Unprotect(sealedValue).Split('\n', 3);
            if (parts is not [var given, var nonce, var nameKey] || !long.TryParse(given, out var givenAt)) return null;
            return DateTimeOffset.FromUnixTimeSeconds(givenAt) + Lifetime > clock.GetUtcNow() ? new Device(nameKey, nonce) : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>A new cookie after every good sign-in, so the device starts with a fresh nonce and a fresh lifetime.</summary>
    public void Give(HttpContext context, Moderator moderator)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var value = _protector.Protect($"{clock.GetUtcNow().ToUnixTimeSeconds()}\n{nonce}\n{moderator.NameKey}");
        context.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            IsEssential = true,
            MaxAge = Lifetime,
            Path = CookiePath,
        });
    }
}
