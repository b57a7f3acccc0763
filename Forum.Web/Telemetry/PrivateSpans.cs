using System.Diagnostics;
using OpenTelemetry;

namespace Forum.Web.Telemetry;

/// <summary>
/// Every span leaves with the tags on this list and no others, whatever an instrumentation library adds now or in a
/// later version: the method, the route's template (never the path, whose slug is a story's title, nor the query,
/// which is what someone searched for), the status, and for SQL the statement (parameterised by EF Core, so without
/// values). Client address, user agent, headers, the host asked for and anything new are dropped before any exporter
/// sees the span, and so is an error's description (a message can quote what was sent); its type stays.
/// </summary>
internal sealed class PrivateSpans : BaseProcessor<Activity>
{
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal)
    {
        // Requests: what the route template and the answer say, nothing about who asked.
        "http.request.method", "http.route", "http.response.status_code", "url.scheme", "network.protocol.version", "error.type",
        // SQL: which database and what statement, never its parameters (Npgsql records none) or who connected.
        "db.system", "db.system.name", "db.namespace", "db.name", "db.operation.name", "db.statement", "db.query.text",
        "db.response.status_code", "server.address", "server.port", "net.peer.name", "net.peer.port",
        // The forum's own spans (RedisTelemetry).
        RedisTelemetry.OutcomeTag,
        // The instrumentation's own record of what it is.
        "otel.status_code", "otel.scope.name",
    };

    /// <summary>Request spans whose Host header a visitor chose: their server.address is not the database's.</summary>
    private const string RequestSource = "Microsoft.AspNetCore";

    public override void OnEnd(Activity activity)
    {
        List<string>? dropped = null;
        var request = activity.Source.Name == RequestSource;
        foreach (var tag in activity.TagObjects)
        {
            if (Kept.Contains(tag.Key) && !(request && tag.Key.StartsWith("server.", StringComparison.Ordinal))) continue;
            (dropped ??= []).Add(tag.Key);
        }
        if (dropped is not null)
        {
            foreach (var key in dropped) activity.SetTag(key, null);
        }
        // Keeps an error an error, without its message.
        if (activity.Status == ActivityStatusCode.Error) activity.SetStatus(ActivityStatusCode.Error);
    }
}
