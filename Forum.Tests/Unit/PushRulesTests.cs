using Forum.Web.Push;

namespace Forum.Tests.Unit;

/// <summary>The forum posts only to a push service on the public internet, and only what a browser could have given.</summary>
public sealed class PushRulesTests
{
    private static readonly string Key = "B" + new string('A', 86);
    private const string Auth = "AAAAAAAAAAAAAAAAAAAAAA";

    [TestCase("http://push.example.com/x")]
    [TestCase("https://127.0.0.1/x")]
    [TestCase("https://[::1]/x")]
    [TestCase("https://localhost/x")]
    [TestCase("https://db/x")]
    [TestCase("https://printer.local/x")]
    [TestCase("https://user:pass@push.example.com/x")]
    [TestCase("file:///etc/passwd")]
    public void An_endpoint_off_the_public_internet_is_refused(string endpoint) =>
        Should.Throw<DomainRuleException>(() => PushSubscription.For(Guid.NewGuid(), endpoint, Key, Auth, localEndpointsAllowed: false));

    [TestCase("not-a-key", Auth)]
    [TestCase("AAAA", Auth)]
    public void Keys_that_are_not_a_browsers_are_refused(string p256dh, string auth) =>
        Should.Throw<DomainRuleException>(() => PushSubscription.For(Guid.NewGuid(), "https://push.example.com/x", p256dh, auth, localEndpointsAllowed: false));

    [Test]
    public void A_public_push_service_with_a_browsers_keys_is_kept_under_a_random_id()
    {
        var first = PushSubscription.For(Guid.NewGuid(), "https://fcm.googleapis.com/fcm/send/abc", "BA" + new string('A', 85), Auth, localEndpointsAllowed: false);
        first.Kind.ShouldBe(PushSubscription.SomethingNew);
        first.Id.ToString()[14].ShouldBe('4', "a random (version 4) id, not a time-ordered one");
    }

    [TestCase("127.0.0.1", false)]
    [TestCase("10.1.2.3", false)]
    [TestCase("172.20.0.1", false)]
    [TestCase("192.168.1.1", false)]
    [TestCase("169.254.169.254", false)]
    [TestCase("100.64.0.1", false)]
    [TestCase("::1", false)]
    [TestCase("fd00::1", false)]
    [TestCase("fe80::1", false)]
    [TestCase("::ffff:10.0.0.1", false)]
    [TestCase("142.250.74.10", true)]
    [TestCase("2a00:1450:4001::200e", true)]
    public void Only_public_addresses_are_connected_to(string address, bool isPublic) =>
        PublicAddresses.IsPublic(IPAddress.Parse(address)).ShouldBe(isPublic);
}
