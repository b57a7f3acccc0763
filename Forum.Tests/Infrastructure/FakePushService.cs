using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Forum.Tests.Infrastructure;

/// <summary>
/// A push service on loopback, standing in for the one a browser would name: it takes what the forum posts to an
/// endpoint, keeps the headers and the encrypted body, and answers 201 Created, or 410 Gone for an endpoint told to.
/// </summary>
public sealed class FakePushService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Received>> _received = new();
    private readonly ConcurrentDictionary<string, bool> _gone = new();

    public sealed record Received(byte[] Body, string? ContentEncoding, string? Authorization, string? Topic);

    private FakePushService(WebApplication app) => _app = app;

    public string Address { get; private set; } = "";

    public static async Task<FakePushService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var service = new FakePushService(app);
        app.MapPost("/push/{device}", async (string device, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            service._received.GetOrAdd(device, _ => new()).Enqueue(new Received(body.ToArray(), request.Headers.ContentEncoding,
                request.Headers.Authorization, request.Headers["Topic"]));
            return Results.StatusCode(service._gone.ContainsKey(device) ? StatusCodes.Status410Gone : StatusCodes.Status201Created);
        });
        await app.StartAsync();
        service.Address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return service;
    }

    /// <summary>A new device, as a browser makes one when it subscribes: its endpoint here, its key pair and its secret.</summary>
    public Device NewDevice() => new($"{Address}/push/{Guid.NewGuid():N}");

    /// <summary>From now on this device's endpoint answers 410 Gone, as when its browser unsubscribed.</summary>
    public void Forget(Device device) => _gone[device.Name] = true;

    public IReadOnlyList<Received> ReceivedBy(Device device) =>
        _received.TryGetValue(device.Name, out var queue) ? queue.ToList() : [];

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>The browser's side of a subscription: what it gives the forum, and what only it can decrypt with.</summary>
    public sealed class Device(string endpoint)
    {
        private readonly ECDiffieHellman _key = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        private readonly byte[] _auth = RandomNumberGenerator.GetBytes(16);

        public string Endpoint { get; } = endpoint;
        public string Name => Endpoint[(Endpoint.LastIndexOf('/') + 1)..];
        public string P256dh => System.Buffers.Text.Base64Url.EncodeToString(PublicPoint());
        public string Auth => System.Buffers.Text.Base64Url.EncodeToString(_auth);

        public Dictionary<string, string> Fields() => new() { ["endpoint"] = Endpoint, ["p256dh"] = P256dh, ["auth"] = Auth };

        private byte[] PublicPoint()
        {
            var q = _key.ExportParameters(false).Q;
            return [0x04, .. q.X!, .. q.Y!];
        }

        /// <summary>RFC 8291 with RFC 8188's aes128gcm, as a browser reads a push message: one record, padding removed.</summary>
        public string Decrypt(byte[] body)
        {
            var salt = body[..16];
            var recordSize = BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(16, 4));
            var keyIdLength = body[20];
            var serverPoint = body[21..(21 + keyIdLength)];
            var cipherText = body[(21 + keyIdLength)..];
            ((long)cipherText.Length).ShouldBeLessThanOrEqualTo(recordSize, "one record");

            using var server = ECDiffieHellman.Create(new ECParameters
            {
                Curve = ECCurve.NamedCurves.nistP256,
                Q = new ECPoint { X = serverPoint[1..33], Y = serverPoint[33..65] },
            });
            var shared = _key.DeriveRawSecretAgreement(server.PublicKey);
            byte[] keyInfo = [.. "WebPush: info\0"u8, .. PublicPoint(), .. serverPoint];
            var inputKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, shared, 32, _auth, keyInfo);
            var contentKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, inputKey, 16, salt, "Content-Encoding: aes128gcm\0"u8.ToArray());
            var nonce = HKDF.DeriveKey(HashAlgorithmName.SHA256, inputKey, 12, salt, "Content-Encoding: nonce\0"u8.ToArray());

            var plain = new byte[cipherText.Length - 16];
            using (var aes = new AesGcm(contentKey, 16))
                aes.Decrypt(nonce, cipherText[..^16], cipherText[^16..], plain);
            var end = Array.FindLastIndex(plain, b => b != 0);
            plain[end].ShouldBe((byte)0x02, "the last record's delimiter");
            return Encoding.UTF8.GetString(plain, 0, end);
        }
    }
}
