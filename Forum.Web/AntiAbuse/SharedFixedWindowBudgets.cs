using Forum.Web.Redis;
using StackExchange.Redis;

namespace Forum.Web.AntiAbuse;

/// <summary>
/// The posting budgets counted in Redis, so every node spends from one count. Windows are aligned to the clock and
/// each window has its own key, so a give-back that arrives after its window ended touches nothing that counts.
/// Checking every budget and charging them all happens in one script: all or nothing, exactly once per send, on any
/// node. This node also counts every charge in its own memory (<paramref name="onThisNode"/>), Redis or not: that
/// count is a floor no node goes past, so while Redis is away (<see cref="RedisBreaker"/>) each node's budgets hold
/// with what was spent before it went, and posting never stops because a cache is down.
/// </summary>
public sealed class SharedFixedWindowBudgets(RedisBreaker redis, FixedWindowBudgets onThisNode, TimeProvider clock) : IPostingBudgets
{
    private const string Prefix = "forum:budget:posting:";

    // KEYS: the window keys, then the send's "once" key if any. ARGV: the number of window keys, the once key's
    // life in ms, then each window's limit and remaining life in ms. Returns -1 when the send was paid for already,
    // 0 when charged, or the (1-based) positions of the spent budgets.
    private const string Take = """
        local n = tonumber(ARGV[1])
        local once = KEYS[n + 1]
        if once and redis.call('EXISTS', once) == 1 then return -1 end
        local spent = {}
        for i = 1, n do
          if tonumber(redis.call('GET', KEYS[i]) or '0') >= tonumber(ARGV[1 + 2 * i]) then table.insert(spent, i) end
        end
        if #spent > 0 then return spent end
        for i = 1, n do
          if redis.call('INCR', KEYS[i]) == 1 then redis.call('PEXPIRE', KEYS[i], ARGV[2 + 2 * i]) end
        end
        if once then redis.call('SET', once, '1', 'PX', ARGV[2]) end
        return 0
        """;

    // Never below nothing: a window that ended has no key, and a key made since is another window's.
    private const string GiveBack = """
        local n = tonumber(ARGV[1])
        for i = 1, n do
          if tonumber(redis.call('GET', KEYS[i]) or '0') > 0 then redis.call('DECR', KEYS[i]) end
        end
        if KEYS[n + 1] then redis.call('DEL', KEYS[n + 1]) end
        return 0
        """;

    public async ValueTask<(BudgetCharge? Charge, (string Key, TimeSpan Wait) Spent)> TakeAsync(IReadOnlyList<(string Key, int PermitLimit, TimeSpan Window)> budgets, string? once)
    {
        (string Key, TimeSpan Wait) spent = ("", TimeSpan.Zero);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var keys = new List<RedisKey>(budgets.Count + 1);
        var values = new List<RedisValue>(2 + 2 * budgets.Count) { budgets.Count, 0 };
        var waits = new TimeSpan[budgets.Count];
        foreach (var (key, permitLimit, window) in budgets)
        {
            var length = Math.Max(1, (long)window.TotalMilliseconds);
            var index = now / length;
            var left = (index + 1) * length - now;
            waits[keys.Count] = TimeSpan.FromMilliseconds(left);
            keys.Add($"{Prefix}{key}:{index}");
            values.Add(permitLimit);
            values.Add(left);
        }
        if (once is not null)
        {
            keys.Add($"{Prefix}once:{once}");
            values[1] = budgets.Count == 0 ? 1 : (long)waits.Min().TotalMilliseconds;
        }

        var local = onThisNode.TryTake(budgets, once, out var spentHere);
        if (local is null) return (null, spentHere);
        var (answered, answer) = await redis.TryAsync(database => database.ScriptEvaluateAsync(Take, [.. keys], [.. values]));
        if (!answered) return (local, spent);

        if (answer.Resp2Type == ResultType.Array)
        {
            local.Dispose();
            foreach (var position in (int[])answer!)
                if (waits[position - 1] > spent.Wait) spent = (budgets[position - 1].Key, waits[position - 1]);
            return (null, spent);
        }
        // Paid for already, perhaps on the other node: only this node's count, joined or given back with the send.
        if ((long)answer == -1) return (local, spent);
        var taken = keys.ToArray();
        var count = budgets.Count;
        return (new BudgetCharge(new Lock(), local.Ends, _ =>
        {
            local.Dispose();
            Return(taken, count);
        }), spent);
    }

    // Disposal can't wait for an answer; the script runs in order with the node's later charges all the same. If Redis
    // is away the permits stay spent until their windows end: at worst someone waits a little longer than they had to.
    private void Return(RedisKey[] keys, int windows) =>
        redis.TryRun(database => database.ScriptEvaluate(GiveBack, keys, [windows], CommandFlags.FireAndForget), out _);
}
