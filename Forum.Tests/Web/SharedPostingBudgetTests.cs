using Forum.Tests.Infrastructure;
using Forum.Web.AntiAbuse;
using Forum.Web.Redis;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace Forum.Tests.Web;

/// <summary>
/// The posting budgets counted in Redis (a real redis-server on loopback), as two nodes each with its own
/// connection see them: all or nothing, given back across nodes, one charge per form, a late give-back never
/// touching the next window, and this node's memory while Redis is away.
/// </summary>
[Category("Web")]
public sealed class SharedPostingBudgetTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private TestRedis _redis = null!;
    private ConnectionMultiplexer _connectionA = null!;
    private ConnectionMultiplexer _connectionB = null!;
    private FakeTimeProvider _clock = null!;
    private SharedFixedWindowBudgets _nodeA = null!;
    private SharedFixedWindowBudgets _nodeB = null!;

    [OneTimeSetUp]
    public async Task StartRedis()
    {
        _redis = await TestRedis.StartAsync();
        _connectionA = await ConnectionMultiplexer.ConnectAsync($"{_redis.ConnectionString},allowAdmin=true");
        _connectionB = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString);
    }

    [SetUp]
    public async Task FreshBudgets()
    {
        await _connectionA.GetServer(_connectionA.GetEndPoints().Single()).FlushDatabaseAsync();
        _clock = new FakeTimeProvider(Builders.Now);
        _nodeA = Node(_connectionA);
        _nodeB = Node(_connectionB);
    }

    [OneTimeTearDown]
    public async Task StopRedis()
    {
        await _connectionA.DisposeAsync();
        await _connectionB.DisposeAsync();
        await _redis.DisposeAsync();
    }

    // A generous bound: forty sends at once on a busy test machine must not fall back to each node's own count.
    private SharedFixedWindowBudgets Node(IConnectionMultiplexer redis) =>
        new(new RedisBreaker(redis, new RedisCallSettings(TimeSpan.FromSeconds(5), 3, TimeSpan.FromSeconds(5)), NullLogger<RedisBreaker>.Instance),
            new FixedWindowBudgets(_clock), _clock);

    private static (string, int, TimeSpan)[] Budgets(string name = "n", int nameLimit = 2, int addressLimit = 3) =>
        [("Replies@address:a", addressLimit, Window), ($"Replies@pseudonym:{name}", nameLimit, Window)];

    [Test]
    public async Task A_budget_spent_on_one_node_is_spent_on_the_other_and_a_refusal_charges_nothing()
    {
        (await _nodeA.TakeAsync(Budgets(), null)).Charge!.Keep();
        (await _nodeB.TakeAsync(Budgets(), null)).Charge!.Keep();

        var (refused, spent) = await _nodeA.TakeAsync(Budgets(), null);
        refused.ShouldBeNull("the name's two are spent, one on each node");
        spent.Key.ShouldBe("Replies@pseudonym:n");
        spent.Wait.ShouldBeGreaterThan(TimeSpan.Zero);
        spent.Wait.ShouldBeLessThanOrEqualTo(Window);

        (await _nodeB.TakeAsync(Budgets("m"), null)).Charge.ShouldNotBeNull("the refusal took nothing from the address");
        (await _nodeB.TakeAsync(Budgets("o"), null)).Spent.Key.ShouldBe("Replies@address:a");
    }

    [Test]
    public async Task A_charge_given_back_on_one_node_can_be_spent_on_the_other_and_a_kept_one_cannot()
    {
        (await _nodeA.TakeAsync(Budgets(nameLimit: 1), null)).Charge!.Dispose();
        // The give-back is sent without waiting (disposal can't wait); node B's connection could overtake it. A round
        // trip on node A's connection, which keeps its commands in order, means it has reached Redis.
        await _connectionA.GetDatabase().PingAsync();
        var charge = (await _nodeB.TakeAsync(Budgets(nameLimit: 1), null)).Charge;
        charge.ShouldNotBeNull("nothing was written, so the permit went back");
        charge.Keep();
        charge.Dispose();

        (await _nodeA.TakeAsync(Budgets(nameLimit: 1), null)).Charge.ShouldBeNull();
    }

    [Test]
    public async Task A_give_back_after_its_window_ended_leaves_the_next_window_alone()
    {
        var late = (await _nodeA.TakeAsync(Budgets(nameLimit: 1), null)).Charge!;
        _clock.Advance(Window);
        (await _nodeB.TakeAsync(Budgets(nameLimit: 1), null)).Charge!.Keep();

        late.Dispose();

        (await _nodeA.TakeAsync(Budgets(nameLimit: 1), null)).Charge.ShouldBeNull("the new window's permit is still spent");
    }

    [Test]
    public async Task Sends_of_one_form_through_both_nodes_pay_once()
    {
        var first = (await _nodeA.TakeAsync(Budgets(nameLimit: 2), "Replies@address:a#form")).Charge!;
        var again = (await _nodeB.TakeAsync(Budgets(nameLimit: 2), "Replies@address:a#form")).Charge;
        again.ShouldNotBeNull();
        first.Keep();

        (await _nodeB.TakeAsync(Budgets(nameLimit: 2), "Replies@address:a#another")).Charge.ShouldNotBeNull("the resend took nothing");
        (await _nodeA.TakeAsync(Budgets(nameLimit: 2), "Replies@address:a#a-third")).Charge.ShouldBeNull();
    }

    [Test]
    public async Task Many_sends_at_once_through_both_nodes_get_exactly_the_limit()
    {
        var takes = Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
            (await (i % 2 == 0 ? _nodeA : _nodeB).TakeAsync(Budgets($"name{i}", addressLimit: 7), null)).Charge)).ToList();

        var charges = await Task.WhenAll(takes);

        charges.Count(c => c is not null).ShouldBe(7);
        var count = await _connectionA.GetDatabase().StringGetAsync(
            $"forum:budget:posting:Replies@address:a:{_clock.GetUtcNow().ToUnixTimeMilliseconds() / (long)Window.TotalMilliseconds}");
        ((int)count).ShouldBe(7, "refused sends counted nothing");
    }

    [Test]
    public async Task A_node_never_goes_past_what_it_counted_itself_even_when_redis_forgets()
    {
        (await _nodeA.TakeAsync(Budgets(nameLimit: 1), null)).Charge!.Keep();
        await _connectionA.GetServer(_connectionA.GetEndPoints().Single()).FlushDatabaseAsync();

        (await _nodeA.TakeAsync(Budgets(nameLimit: 1), null)).Charge.ShouldBeNull("this node's own count is a floor");
        (await _nodeB.TakeAsync(Budgets(nameLimit: 1), null)).Charge.ShouldNotBeNull("the other node counted nothing itself, and Redis forgot");
    }

    [Test]
    public async Task While_redis_is_away_the_node_counts_in_its_own_memory()
    {
        await using var away = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{TestRedis.FreePort()},abortConnect=false,connectTimeout=200,syncTimeout=500,asyncTimeout=500");
        var alone = Node(away);

        (await alone.TakeAsync(Budgets(nameLimit: 1), null)).Charge!.Keep();

        (await alone.TakeAsync(Budgets(nameLimit: 1), null)).Charge.ShouldBeNull("the limit still holds, in memory");
    }
}
