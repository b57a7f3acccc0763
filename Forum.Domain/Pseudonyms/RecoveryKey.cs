using System.Security.Cryptography;

namespace Forum.Domain.Pseudonyms;

/// <summary>
/// The key that brings a pseudonym to another device: 130 random bits written as 26 characters in groups of
/// four ("K7QM-2XRA-…"), from an alphabet without look-alikes (Crockford's base 32: no I, L, O or U), so it can
/// be copied by hand. The server stores only <see cref="LookupHash"/>; the browser's secret is derived from the
/// key (<see cref="Secret"/>), so every device that enters it holds the same secret and nobody can make a key
/// from what the server keeps.
/// </summary>
public sealed class RecoveryKey
{
    public const int Characters = 26;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static readonly byte[] LookupLabel = "forum recovery lookup v1"u8.ToArray();
    private static readonly byte[] SecretLabel = "forum pseudonym secret v1"u8.ToArray();

    private readonly string _canonical;

    private RecoveryKey(string canonical) => _canonical = canonical;

    public static RecoveryKey New()
    {
        var chars = new char[Characters];
        for (var i = 0; i < chars.Length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new RecoveryKey(new string(chars));
    }

    /// <summary>Forgiving about what people do when copying: case, spaces, dashes, and I/L for 1, O for 0.</summary>
    public static bool TryParse(string? text, out RecoveryKey key)
    {
        key = null!;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 80) return false;
        var canonical = new StringBuilder(Characters);
        foreach (var c in text.ToUpperInvariant())
        {
            if (c is ' ' or '-' or '\t' or '\r' or '\n') continue;
            var d = c switch { 'I' or 'L' => '1', 'O' => '0', _ => c };
            if (!Alphabet.Contains(d)) return false;
            canonical.Append(d);
        }
        if (canonical.Length != Characters) return false;
        key = new RecoveryKey(canonical.ToString());
        return true;
    }

    public byte[] LookupHash() => HMACSHA256.HashData(LookupLabel, Encoding.ASCII.GetBytes(_canonical));

    public PseudonymSecret Secret() => PseudonymSecret.From(HMACSHA256.HashData(SecretLabel, Encoding.ASCII.GetBytes(_canonical)));

    /// <summary>Groups of four, the way it is shown and the way people will type it back.</summary>
    public override string ToString() =>
        string.Join('-', Enumerable.Range(0, (Characters + 3) / 4).Select(i => _canonical.Substring(i * 4, Math.Min(4, Characters - i * 4))));
}
