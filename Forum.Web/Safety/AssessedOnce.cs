using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Forum.Domain.Safety.Risk;

namespace Forum.Web.Safety;

/// <summary>
/// The detector as the forum asks it: the same words are read once. A preview, the crisis pause, "post it now" and
/// the writer that stores the post all read the writer's identical words, often within a minute, and the model is
/// the costliest step of posting; so each answer is kept for a few minutes under a keyed hash of the words (HMAC
/// with a key made at start-up and held only in memory), never the words themselves. Without the key, which no one
/// can read, a kept hash can't be matched to any text, not even by guessing short ones.
/// </summary>
public sealed class AssessedOnce([FromKeyedServices(AssessedOnce.EngineKey)] IRiskDetector engine, TimeProvider clock) : IRiskDetector
{
    /// <summary>The detector that does the reading, registered under this key; everything else asks for IRiskDetector.</summary>
    public const string EngineKey = "risk-engine";

    /// <summary>Long enough for a preview, a pause and a post of the same words; short enough that little is held.</summary>
    internal static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);

    /// <summary>About 40 bytes each: a busy node holds well under a megabyte.</summary>
    internal const int MostKept = 10_000;

    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<UInt128, (RiskBand Band, DateTimeOffset Until)> _answers = new();

    public RiskBand Assess(IReadOnlyList<string> texts)
    {
        var key = KeyOf(texts);
        var now = clock.GetUtcNow();
        if (_answers.TryGetValue(key, out var kept) && kept.Until > now) return kept.Band;
        var band = engine.Assess(texts);
        if (_answers.Count >= MostKept) Sweep(now);
        _answers[key] = (band, now + KeptFor);
        return band;
    }

    /// <summary>Each field's length, then its characters: ["ab", "c"] and ["a", "bc"] are different words.</summary>
    private UInt128 KeyOf(IReadOnlyList<string> texts)
    {
        using var hash = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        foreach (var text in texts)
        {
            hash.AppendData(BitConverter.GetBytes(text.Length));
            hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
        }
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return MemoryMarshal.Read<UInt128>(digest);
    }

    /// <summary>Drops what has expired; if a burst of new words filled it within the minutes, starts again empty.</summary>
    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, kept) in _answers)
            if (kept.Until <= now) _answers.TryRemove(key, out _);
        if (_answers.Count >= MostKept) _answers.Clear();
    }
}
