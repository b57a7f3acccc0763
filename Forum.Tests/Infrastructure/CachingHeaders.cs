namespace Forum.Tests.Infrastructure;

/// <summary>What a response lets caches do, read from its Cache-Control header (whose order of directives varies).</summary>
public static class CachingHeaders
{
    /// <summary>Made for one reader: no proxy or shared browser may keep it.</summary>
    public static void ShouldBePrivateAndUnstored(this HttpResponseMessage response)
    {
        var cacheControl = response.Headers.CacheControl;
        cacheControl.ShouldNotBeNull($"{response.RequestMessage?.RequestUri} has no Cache-Control");
        cacheControl.Private.ShouldBeTrue(cacheControl.ToString());
        cacheControl.NoStore.ShouldBeTrue(cacheControl.ToString());
        cacheControl.Public.ShouldBeFalse(cacheControl.ToString());
    }

    /// <summary>The same for every reader without a cookie: any cache may keep it briefly.</summary>
    public static void ShouldBePublic(this HttpResponseMessage response)
    {
        var cacheControl = response.Headers.CacheControl;
        cacheControl.ShouldNotBeNull($"{response.RequestMessage?.RequestUri} has no Cache-Control");
        cacheControl.Public.ShouldBeTrue(cacheControl.ToString());
        cacheControl.NoStore.ShouldBeFalse(cacheControl.ToString());
        response.Headers.Vary.ShouldContain("Cookie");
    }
}
