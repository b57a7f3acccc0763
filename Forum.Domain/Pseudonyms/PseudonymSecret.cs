using System.Security.Cryptography;

namespace Forum.Domain.Pseudonyms;

/// <summary>
/// The 256-bit random secret a browser holds for a pseudonym. Only its SHA-256 is stored. A fast hash is
/// enough here: the secret is random and long, so there is nothing to guess a dictionary against, which is
/// what slow password hashes protect.
/// </summary>
public sealed class PseudonymSecret
{
    private const int ByteLength = 32;
    private readonly byte[] _bytes;

    private PseudonymSecret(byte[] bytes) => _bytes = bytes;

    public static PseudonymSecret New() => new(RandomNumberGenerator.GetBytes(ByteLength));

    /// <summary>A secret derived from a recovery key, so that every device holding the key holds the same secret.</summary>
    internal static PseudonymSecret From(byte[] bytes) =>
        bytes.Length == ByteLength ? new(bytes) : throw new ArgumentException("A secret has 32 bytes.", nameof(bytes));

    public static bool TryParse(string? text, out PseudonymSecret secret)
    {
        secret = null!;
        if (string.IsNullOrEmpty(text) || text.Length > 64) return false;
        try
        {
            var bytes = Base64Url.Decode(text);
            if (bytes.Length != ByteLength) return false;
            secret = new PseudonymSecret(bytes);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public byte[] Hash() => SHA256.HashData(_bytes);

    public bool Matches(byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(), storedHash);

    public override string ToString() => Base64Url.Encode(_bytes);
}
