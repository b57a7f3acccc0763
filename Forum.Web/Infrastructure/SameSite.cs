namespace Forum.Web.Infrastructure;

/// <summary>For the few forms that carry no token (their choices need no database): was this one sent from a page of ours?</summary>
public static class SameSite
{
    /// <summary>Browsers name the page a form was sent from; a request without the header (an old browser) is taken as ours.</summary>
    public static bool IsFromThisSite(HttpRequest request) =>
        request.Headers.Origin.ToString() is not { Length: > 0 } origin
        || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
}
