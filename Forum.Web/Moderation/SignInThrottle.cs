namespace Forum.Web.Moderation;

/// <summary>
/// Slows guessing without locking anyone out. Each device (an HMAC of its address, never the address) gets
/// <see cref="Moderator.GuessesPerDevice"/> wrong guesses per name in <see cref="Moderator.GuessWindow"/>; once a
/// name has drawn <see cref="Moderator.GuessesBeforeStrict"/> wrong guesses from everyone together, each device
/// gets one. A device that has not guessed wrong is always heard, so the owner's right password works however
/// many guesses others make. Names are keyed by their folded form whether or not an account has them, so the
/// answers never tell which names exist. Kept in memory, per node; a restart forgets it.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<Guess>> _byName = new(StringComparer.Ordinal);

    /// <summary>
    /// Reserves one guess for this name from this device, counted as wrong until <see cref="Forget"/> says
    /// otherwise; reserving first is what keeps concurrent guesses from all slipping past the count. Null means
    /// the device waits, and for how long is in <paramref name="retryAfter"/>.
    /// </summary>
    public Guess? TryReserve(string nameKey, string deviceKey, DateTimeOffset? clearedAt, out TimeSpan retryAfter)
    {
        var now = clock.GetUtcNow();
        var since = now - Moderator.GuessWindow;
        if (clearedAt > since) since = clearedAt.Value;
        lock (_gate)
        {
            // Names nobody has tried for a whole window are dropped, so made-up names cannot fill the memory.
            if (_byName.Count > 10_000)
                foreach (var stale in _byName.Where(n => n.Value.All(g => g.At <= now - Moderator.GuessWindow)).Select(n => n.Key).ToList())
                    _byName.Remove(stale);
            if (!_byName.TryGetValue(nameKey, out var guesses)) _byName[nameKey] = guesses = [];
            guesses.RemoveAll(g => g.At <= now - Moderator.GuessWindow);
            var counted = guesses.Where(g => g.At > since).ToList();
            var allowed = counted.Count >= Moderator.GuessesBeforeStrict ? 1 : Moderator.GuessesPerDevice;
            var fromDevice = counted.Where(g => g.Device == deviceKey).ToList();
            if (fromDevice.Count >= allowed)
            {
                retryAfter = fromDevice[^allowed].At + Moderator.GuessWindow - now;
                return null;
            }
            var guess = new Guess(deviceKey, now);
            guesses.Add(guess);
            retryAfter = TimeSpan.Zero;
            return guess;
        }
    }

    /// <summary>A right password: this device's guesses at this name are forgotten.</summary>
    public void Forget(string nameKey, string deviceKey)
    {
        lock (_gate)
        {
            if (_byName.TryGetValue(nameKey, out var guesses)) guesses.RemoveAll(g => g.Device == deviceKey);
        }
    }

    public sealed record Guess(string Device, DateTimeOffset At);
}
