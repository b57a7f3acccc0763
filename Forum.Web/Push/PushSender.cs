using System.Net;
using Lib.Net.Http.WebPush;
using Lib.Net.Http.WebPush.Authentication;
using Forum.Web.Startup;
using WebPushSubscription = Lib.Net.Http.WebPush.PushSubscription;

namespace Forum.Web.Push;

/// <summary>
/// Tells each device of the names a reply came to that something new is waiting, in the background. What goes to
/// the push service is the fixed message kind and nothing else (no name, no words, no story), encrypted to the
/// browser's key (RFC 8291), so even the push service reads nothing; the device's own service worker says it in the
/// reader's language. The endpoint is never logged: it names the device.
/// </summary>
internal sealed class PushSender(
    PushNews news, PushKeys keys, IServiceScopeFactory scopes, SiteAddress site, IOptions<PushOptions> options, ILogger<PushSender> logger) : BackgroundService
{
    /// <summary>A day: a phone off for a night still hears of it in the morning; after that, /me says it anyway.</summary>
    private const int TimeToLiveSeconds = 24 * 60 * 60;

    /// <summary>
    /// Its own client, not one from IHttpClientFactory, whose logging writes each request's address, the endpoint,
    /// at Information. No redirects: the forum posts to the address the browser gave, and nowhere else.
    /// </summary>
    private HttpClient? _http;

    /// <remarks>
    /// The endpoint's host must be a public name (<see cref="PushSubscription.For"/>), and here it must also resolve to
    /// public addresses only: a name pointed at this machine or its network is refused at connecting.
    /// </remarks>
    private HttpClient Http() => _http ??= new HttpClient(new ReadToTheEnd(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = (context, cancellationToken) => PublicAddresses.ConnectAsync(context.DnsEndPoint, options.Value.LocalEndpointsAllowed, cancellationToken),
    }))
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        PushServiceClient? client = null;
        await foreach (var replyId in news.Replies.ReadAllAsync(stoppingToken))
        {
            try
            {
                client ??= await ClientAsync(stoppingToken);
                await TellAsync(client, replyId, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The type only: a message could carry the endpoint.
                logger.PushFailed(e.GetType().Name);
            }
        }
    }

    private async Task<PushServiceClient> ClientAsync(CancellationToken cancellationToken)
    {
        var pair = await keys.GetAsync(cancellationToken);
        var authentication = new VapidAuthentication(pair.PublicKey, pair.PrivateKey);
        // The library accepts only an https or mailto contact; a forum served over plain http (a test, a laptop) names none.
        if (site.Origin.Scheme == Uri.UriSchemeHttps) authentication.Subject = site.Origin.ToString();
        return new PushServiceClient(Http())
        {
            DefaultAuthentication = authentication,
            DefaultAuthenticationScheme = VapidAuthenticationScheme.Vapid,
            DefaultTimeToLive = TimeToLiveSeconds,
            AutoRetryAfter = false,
        };
    }

    private async Task TellAsync(PushServiceClient client, long replyId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ForumDbContext>();
        var devices = await db.ToTellOfAsync(replyId, cancellationToken);
        foreach (var device in devices)
        {
            var target = new WebPushSubscription { Endpoint = device.Endpoint };
            target.SetKey(PushEncryptionKeyName.P256DH, device.P256dh);
            target.SetKey(PushEncryptionKeyName.Auth, device.Auth);
            try
            {
                // One topic for every message: a device that was off gets one "something new", not a pile of them.
                await client.RequestPushMessageDeliveryAsync(target, new PushMessage(device.Kind) { Topic = device.Kind, Urgency = PushMessageUrgency.Normal },
                    cancellationToken);
            }
            catch (PushServiceClientException e) when (e.StatusCode is HttpStatusCode.Gone or HttpStatusCode.NotFound)
            {
                await scope.ServiceProvider.GetRequiredService<PushSubscriptionWriter>().ForgetAsync(device.Id, cancellationToken);
            }
            catch (PushServiceClientException e)
            {
                logger.PushRefused((int)e.StatusCode);
            }
            catch (HttpRequestException e)
            {
                logger.PushUnreachable(e.HttpRequestError);
            }
        }
    }

    /// <summary>The library leaves each answer undisposed; reading it to the end gives its connection back to the pool.</summary>
    private sealed class ReadToTheEnd(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            return response;
        }
    }

    public override void Dispose()
    {
        _http?.Dispose();
        base.Dispose();
    }
}
