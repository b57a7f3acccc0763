using System.Net;
using System.Xml.Linq;
using Forum.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Forum.Tests.Web;

/// <summary>
/// Behind a TLS-terminating proxy: the original scheme counts only when the proxy is trusted (loopback, or one named
/// in ForwardedHeaders:KnownProxies), and absolute links come from Site:BaseUrl whatever Host a request names.
/// </summary>
[Category("Web")]
public sealed class ProxyTests
{
    private const string ConfiguredProxy = "203.0.113.10";
    private const string Stranger = "198.51.100.20";

    private ForumWebFactory _factory = null!;
    private WebApplicationFactory<Program> _devices = null!;

    [OneTimeSetUp]
    public async Task StartApp()
    {
        _factory = await ForumWebFactory.CreateAsync();
        _factory.Settings["Site:BaseUrl"] = "https://forum.example";
        _factory.Settings["ForwardedHeaders:KnownProxies:0"] = ConfiguredProxy;
        _devices = TestDevices.On(_factory);
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        await _devices.DisposeAsync();
        await _factory.DisposeAsync();
    }

    /// <summary>A browser reaching the app through a proxy at <paramref name="proxy"/> that says the browser used <paramref name="scheme"/>.</summary>
    private HttpClient ThroughProxy(string proxy, string scheme = "https")
    {
        var client = _devices.CreateDefaultClient(new Uri("http://forum.example"), new BrowserCookies(new Uri($"{scheme}://forum.example")));
        client.DefaultRequestHeaders.Add(TestDevices.Header, proxy);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", scheme);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2.44");
        return client;
    }

    /// <summary>
    /// The browser's cookie jar, at the address the browser sees (https, in front of the proxy) rather than the
    /// proxy's plain http to the app: a Secure cookie goes back only over https.
    /// </summary>
    private sealed class BrowserCookies(Uri browserSees) : DelegatingHandler
    {
        private readonly CookieContainer _jar = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var cookies = _jar.GetCookieHeader(browserSees);
            if (cookies.Length > 0) request.Headers.Add("Cookie", cookies);
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
                foreach (var cookie in set) _jar.SetCookies(browserSees, cookie);
            return response;
        }
    }

    private static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [];

    [TestCase("127.0.0.1")]
    [TestCase("::1")]
    [TestCase(ConfiguredProxy)]
    public async Task From_a_trusted_proxy_https_means_secure_cookies_and_hsts(string proxy)
    {
        var browser = ThroughProxy(proxy);

        var form = await browser.GetAsync("/r/anxiety/new");
        var posted = await browser.SubmitAsync("/r/anxiety/new", "/r/anxiety/threads", new Dictionary<string, string> { ["Title"] = "Through a proxy", ["Body"] = "Body" });

        form.Headers.GetValues("Strict-Transport-Security").Single().ShouldStartWith("max-age=31536000");
        Cookies(form).ShouldContain(c => c.StartsWith("forum_form=") && c.Contains("secure"));
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var pseudonym = Cookies(posted).Single(c => c.StartsWith("forum_pseudonym="));
        pseudonym.ShouldContain("secure", Case.Insensitive, "the name's bearer secret never travels over plain http");
        Cookies(posted).Where(c => c.StartsWith("forum_")).ShouldAllBe(c => c.Contains("secure"));
    }

    [Test]
    public async Task A_moderators_cookie_is_secure_behind_a_trusted_proxy()
    {
        var moderator = await _factory.AddModeratorAsync();
        var browser = ThroughProxy("127.0.0.1");

        var signedIn = await browser.SignInAsModeratorAsync(moderator.Name, Moderators.Password);

        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Cookies(signedIn).Single(c => c.StartsWith("forum_mod=")).ShouldContain("secure");
    }

    [Test]
    public async Task From_anyone_else_the_forwarded_scheme_is_ignored()
    {
        var browser = ThroughProxy(Stranger);

        var form = await browser.GetAsync("/r/anxiety/new");
        var posted = await browser.SubmitAsync("/r/anxiety/new", "/r/anxiety/threads", new Dictionary<string, string> { ["Title"] = "Claims https", ["Body"] = "Body" });

        form.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
        Cookies(form).Single(c => c.StartsWith("forum_form=")).ShouldNotContain("secure");
        Cookies(posted).Single(c => c.StartsWith("forum_pseudonym=")).ShouldNotContain("secure");
    }

    [Test]
    public async Task Plain_http_from_a_trusted_proxy_gets_no_hsts()
    {
        var form = await ThroughProxy("127.0.0.1", scheme: "http").GetAsync("/r/anxiety/new");

        form.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
        Cookies(form).Single(c => c.StartsWith("forum_form=")).ShouldNotContain("secure");
    }

    [TestCase("evil.example")]
    [TestCase("evil.example:8443")]
    public async Task The_feeds_use_the_configured_address_whatever_host_is_asked_for(string host)
    {
        var writer = ThroughProxy("127.0.0.1");
        await writer.SubmitAsync("/r/relationships/new", "/r/relationships/threads", new Dictionary<string, string> { ["Title"] = "Feed host", ["Body"] = "Body" });

        foreach (var feed in new[] { "/feed.atom", "/r/relationships/feed.atom" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, feed);
            request.Headers.Host = host;
            request.Headers.Add("X-Forwarded-Host", host);
            var response = await ThroughProxy("127.0.0.1").SendAsync(request);

            var xml = await response.Content.ReadAsStringAsync();
            xml.ShouldNotContain("evil.example");
            var atom = XDocument.Parse(xml).Root!;
            XNamespace ns = "http://www.w3.org/2005/Atom";
            atom.Element(ns + "id")!.Value.ShouldStartWith("tag:forum.example,");
            atom.Descendants(ns + "link").ShouldAllBe(link => link.Attribute("href")!.Value.StartsWith("https://forum.example/"));
        }
    }

    [Test]
    public async Task Personalised_pages_are_private_and_unstored_and_shared_ones_public()
    {
        var writer = ThroughProxy("127.0.0.1");
        var posted = await writer.SubmitAsync("/r/anxiety/new", "/r/anxiety/threads", new Dictionary<string, string> { ["Title"] = "Whose page", ["Body"] = "Body" });
        var story = posted.Headers.Location!.OriginalString;

        foreach (var page in new[] { "/", "/r/anxiety", story, "/feed.atom", "/search?q=page", "/me", "/preferences" })
            (await writer.GetAsync(page)).ShouldBePrivateAndUnstored();
        foreach (var page in new[] { "/", "/r/anxiety", story, "/feed.atom" })
            (await ThroughProxy("127.0.0.1").GetAsync(page)).ShouldBePublic();
    }
}
