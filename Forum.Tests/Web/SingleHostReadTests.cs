using System.Net;
using Forum.Web.Infrastructure;

namespace Forum.Tests.Web;

/// <summary>
/// On one database host there is no standby to lag behind: writes leave no read-your-writes cookie, a position
/// cookie sent anyway changes nothing, and /healthz has no standby check. The cluster's side is in Cluster/.
/// </summary>
public sealed class SingleHostReadTests : WebTest
{
    [Test]
    public async Task Posting_on_a_single_host_sets_no_position_cookie()
    {
        var writer = NewVisitor();
        var response = await writer.SubmitAsync(Links.NewStory("anxiety"), Links.RoomStories("anxiety"),
            new Dictionary<string, string> { ["Title"] = Unique("One host"), ["Body"] = "Nothing to wait for." });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).ShouldNotContain(cookie => cookie.StartsWith(ReadYourWrites.CookieName + "=", StringComparison.Ordinal));
    }

    [TestCase("garbage")]
    [TestCase("FFFFFFFF/FFFFFFFF")]
    [TestCase("1/2'; DROP TABLE threads; --")]
    public async Task A_position_cookie_on_a_single_host_is_ignored(string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Links.Room("anxiety"));
        request.Headers.Add("Cookie", $"{ReadYourWrites.CookieName}={Uri.EscapeDataString(value)}");

        var response = await Factory.CreateClient().SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Test]
    public async Task Healthz_on_a_single_host_has_no_standby_check()
    {
        var health = await Factory.CreateClient().GetStringAsync("/healthz");

        health.ShouldNotContain("standby");
        health.ShouldContain("\"database\":\"healthy\"");
    }
}
