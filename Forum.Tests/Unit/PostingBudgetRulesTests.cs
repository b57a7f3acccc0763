using Forum.Web.AntiAbuse;
using Microsoft.Extensions.Time.Testing;

namespace Forum.Tests.Unit;

/// <summary>The fixed windows under the posting budgets: all or nothing, given back when nothing was written, one charge per form.</summary>
[Category("Unit")]
public sealed class PostingBudgetRulesTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly FakeTimeProvider _clock = new(Builders.Now);

    private static (string, int, TimeSpan)[] Budgets(int nameLimit = 2, int addressLimit = 3) =>
        [("Replies@address:a", addressLimit, Window), ("Replies@pseudonym:n", nameLimit, Window)];

    [Test]
    public void Both_budgets_are_charged_together_and_a_spent_one_charges_neither()
    {
        var budgets = new FixedWindowBudgets(_clock);
        budgets.TryTake(Budgets(), null, out _)!.Keep();
        budgets.TryTake(Budgets(), null, out _)!.Keep();

        budgets.TryTake(Budgets(), null, out var spent).ShouldBeNull("the name's two are spent");
        spent.Key.ShouldBe("Replies@pseudonym:n");
        spent.Wait.ShouldBe(Window);

        // The refused charge took nothing from the address: another name at the same address still has one left.
        budgets.TryTake([("Replies@address:a", 3, Window), ("Replies@pseudonym:m", 2, Window)], null, out _).ShouldNotBeNull();
        budgets.TryTake([("Replies@address:a", 3, Window), ("Replies@pseudonym:o", 2, Window)], null, out spent).ShouldBeNull("the address's three are spent, whatever the name");
        spent.Key.ShouldBe("Replies@address:a");
    }

    [Test]
    public void A_charge_that_is_not_kept_goes_back_and_a_kept_one_stays()
    {
        var budgets = new FixedWindowBudgets(_clock);
        for (var i = 0; i < 10; i++) budgets.TryTake(Budgets(nameLimit: 1), null, out _)!.Dispose();

        var kept = budgets.TryTake(Budgets(nameLimit: 1), null, out _)!;
        kept.Keep();
        kept.Dispose();
        budgets.TryTake(Budgets(nameLimit: 1), null, out _).ShouldBeNull();
    }

    [Test]
    public void Sends_of_one_form_share_one_charge_until_it_is_given_back()
    {
        var budgets = new FixedWindowBudgets(_clock);
        var first = budgets.TryTake(Budgets(nameLimit: 1), "form-1", out _)!;
        var second = budgets.TryTake(Budgets(nameLimit: 1), "form-1", out _);
        second.ShouldBeSameAs(first, "a double click joins the first send's charge");
        budgets.TryTake(Budgets(nameLimit: 1), "form-2", out _).ShouldBeNull("another form pays for itself");

        first.Dispose();
        budgets.TryTake(Budgets(nameLimit: 1), "form-2", out _).ShouldBeNull("the second send still holds the charge");
        second!.Dispose();
        budgets.TryTake(Budgets(nameLimit: 1), "form-2", out _).ShouldNotBeNull("neither send wrote anything, so the permit came back");
    }

    [Test]
    public void A_form_sent_again_after_it_was_written_costs_nothing_more()
    {
        var budgets = new FixedWindowBudgets(_clock);
        var written = budgets.TryTake(Budgets(nameLimit: 1), "form-1", out _)!;
        written.Keep();
        written.Dispose();

        using var resent = budgets.TryTake(Budgets(nameLimit: 1), "form-1", out _);
        resent.ShouldNotBeNull();
        budgets.TryTake(Budgets(nameLimit: 1), "form-2", out _).ShouldBeNull();
    }

    [Test]
    public void A_window_opens_again_when_it_ends_and_a_late_give_back_does_not_touch_the_next()
    {
        var budgets = new FixedWindowBudgets(_clock);
        var late = budgets.TryTake(Budgets(nameLimit: 1), null, out _)!;
        _clock.Advance(TimeSpan.FromMinutes(4));
        budgets.TryTake(Budgets(nameLimit: 1), null, out var spent).ShouldBeNull();
        spent.Wait.ShouldBe(TimeSpan.FromMinutes(6));

        _clock.Advance(TimeSpan.FromMinutes(6));
        budgets.TryTake(Budgets(nameLimit: 1), null, out _)!.Keep();
        late.Dispose();
        budgets.TryTake(Budgets(nameLimit: 1), null, out _).ShouldBeNull("the new window's permit is spent; the old one's coming back changes nothing");
    }

    [Test]
    public void An_ipv6_client_counts_by_its_64_network_and_an_ipv4_client_the_same_however_the_socket_reports_it()
    {
        var key = new ClientAddressKey(_clock);
        key.Of(IPAddress.Parse("2001:db8:1:2::1")).ShouldBe(key.Of(IPAddress.Parse("2001:db8:1:2:ffff:abcd:1234:5678")));
        key.Of(IPAddress.Parse("2001:db8:1:3::1")).ShouldNotBe(key.Of(IPAddress.Parse("2001:db8:1:2::1")));
        key.Of(IPAddress.Parse("::ffff:203.0.113.7")).ShouldBe(key.Of(IPAddress.Parse("203.0.113.7")));
        key.Of(IPAddress.Parse("203.0.113.8")).ShouldNotBe(key.Of(IPAddress.Parse("203.0.113.7")));
    }
}
