using System.Buffers.Text;
using System.Security.Cryptography;

namespace Forum.Web.Push;

/// <summary>The forum's VAPID key pair as it is stored, beside the Data Protection key ring (migrations/0039).</summary>
public sealed class PushKeyRow
{
    public const int OnlyId = 1;

    public int Id { get; set; }

    /// <summary>The uncompressed P-256 point, base64url: what a browser is given as the application server key.</summary>
    public string PublicKey { get; set; } = "";

    /// <summary>The private scalar, base64url, 32 bytes.</summary>
    public string PrivateKey { get; set; } = "";
}

/// <summary>
/// Reads the key pair, making it the first time any node needs it. Made by an insert that does nothing when another
/// node got there first, then read back, so every node signs with the one pair the browsers were given.
/// </summary>
public sealed class PushKeys(IServiceScopeFactory scopes)
{
    private readonly SemaphoreSlim _once = new(1, 1);
    private PushKeyRow? _keys;
    private byte[]? _scopeKey;

    public async Task<PushKeyRow> GetAsync(CancellationToken cancellationToken)
    {
        if (_keys is { } kept) return kept;
        await _once.WaitAsync(cancellationToken);
        try
        {
            if (_keys is { } keptMeanwhile) return keptMeanwhile;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DataProtectionKeysDbContext>();
            var keys = await db.PushKeysAsync(NewPair(), cancellationToken);
            // A key of its own for the scopes' names, so what they show can't be worked back to the signing key.
            _scopeKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, Base64Url.DecodeFromChars(keys.PrivateKey), 32, info: "forum push scope"u8.ToArray());
            return _keys = keys;
        }
        finally
        {
            _once.Release();
        }
    }

    /// <summary>The key <see cref="PushScopes"/> names scopes with; read after <see cref="GetAsync"/>.</summary>
    public byte[] ScopeKey => _scopeKey ?? throw new InvalidOperationException("The push keys have not been read yet.");

    private static PushKeyRow NewPair()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var parameters = key.ExportParameters(includePrivateParameters: true);
        var point = new byte[65];
        point[0] = 0x04;
        parameters.Q.X!.CopyTo(point, 1);
        parameters.Q.Y!.CopyTo(point, 33);
        return new PushKeyRow { Id = PushKeyRow.OnlyId, PublicKey = Base64Url.EncodeToString(point), PrivateKey = Base64Url.EncodeToString(parameters.D!) };
    }
}
