namespace Forum.Web.Moderation;

/// <summary>
/// Slows guessing without letting anyone keep a moderator out (OWASP's device cookies). A device the moderator
/// signed in on before (<see cref="ModeratorDevices"/>) answers only for its own wrong guesses: after
/// <see cref="Moderator.GuessesPerDevice"/> of them its cookie goes on a short lockout list and it counts as new.
/// New devices share one count per name, whatever their address, and wait <see cref="Moderator.WaitAfter"/>
/// after the last wrong guess: seconds for a typo, minutes for someone guessing. Names are keyed by their
/// folded form whether or not an account has them, so the answers never tell which names exist. Kept in
/// memory, per node; a restart forgets it.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    private const int MostRemembered = 10_000;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<Guess>> _newDevicesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Guess>> _byDevice = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _lockedDevices = new(StringComparer.Ordinal);

    /// <summary>
    /// Reserves one guess for a known device (its cookie's nonce), counted as wrong until <see cref="Forget"/>
    /// says otherwise; reserving first is what keeps concurrent guesses from all slipping past the count. Null
    /// means the device has guessed wrong too often and is to be treated as a new one.
    /// </summary>
    public Guess? TryReserveKnown(string nonce, DateTimeOffset? clearedAt)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_lockedDevices.TryGetValue(nonce, out var until) && until > now && !(clearedAt > until - Moderator.GuessWindow)) return null;
            var guesses = Recent(_byDevice, nonce, now, Moderator.GuessWindow, clearedAt);
            if (guesses.Count >= Moderator.GuessesPerDevice)
            {
                if (_lockedDevices.Count > MostRemembered) Sweep(_lockedDevices, now);
                _lockedDevices[nonce] = now + Moderator.GuessWindow;
                return null;
            }
            return Add(guesses, nonce, now);
        }
    }

    /// <summary>
    /// Reserves one guess at this name from a new device, as <see cref="TryReserveKnown"/> does. Null means new
    /// devices wait, and for how long is in <paramref name="retryAfter"/>.
    /// </summary>
    public Guess? TryReserveNew(string nameKey, DateTimeOffset? clearedAt, out TimeSpan retryAfter)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            var guesses = Recent(_newDevicesByName, nameKey, now, Moderator.NewDeviceMemory, clearedAt);
            var opens = guesses.Count == 0 ? now : guesses[^1].At + Moderator.WaitAfter(guesses.Count);
            if (opens > now)
            {
                retryAfter = opens - now;
                return null;
            }
            retryAfter = TimeSpan.Zero;
            return Add(guesses, nameKey, now);
        }
    }

    /// <summary>A right password: the reserved guess was not a wrong one after all.</summary>
    public void Forget(Guess guess)
    {
        lock (_gate)
        {
            if (_newDevicesByName.TryGetValue(guess.Key, out var byName)) byName.Remove(guess);
            if (_byDevice.TryGetValue(guess.Key, out var byDevice)) byDevice.Remove(guess);
        }
    }

    /// <summary>The guesses under this key still remembered and not cleared by `moderator unlock`, oldest first.</summary>
    private static List<Guess> Recent(Dictionary<string, List<Guess>> table, string key, DateTimeOffset now, TimeSpan memory, DateTimeOffset? clearedAt)
    {
        // Keys nobody has tried for a while are dropped, so made-up names and cookies cannot fill the memory.
        if (table.Count > MostRemembered)
            foreach (var stale in table.Where(k => k.Value.All(g => g.At <= now - memory)).Select(k => k.Key).ToList())
                table.Remove(stale);
        if (!table.TryGetValue(key, out var guesses)) table[key] = guesses = [];
        var since = now - memory;
        if (clearedAt > since) since = clearedAt.Value;
        guesses.RemoveAll(g => g.At <= since);
        return guesses;
    }

    private static Guess Add(List<Guess> guesses, string key, DateTimeOffset now)
    {
        var guess = new Guess(key, now);
        guesses.Add(guess);
        return guess;
    }

    private static void Sweep(Dictionary<string, DateTimeOffset> locked, DateTimeOffset now)
    {
        foreach (var ended in locked.Where(l => l.Value <= now).Select(l => l.Key).ToList()) locked.Remove(ended);
    }

    /// <summary>One reserved guess; a class, so that forgetting it removes this one and not an equal one made at the same moment.</summary>
    public sealed class Guess(string key, DateTimeOffset at)
    {
        public string Key { get; } = key;
        public DateTimeOffset At { get; } = at;
    }
}
