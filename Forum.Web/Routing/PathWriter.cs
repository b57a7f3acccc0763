using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Forum.Web.Routing;

/// <summary>
/// Builds a path from a route name, with no request in sight: the same link comes out of a view, a feed or a
/// test, and no value leaks in from the page the link happens to be on (MVC's "ambient" route values). Most links
/// are written from the route's <see cref="PathTemplate"/>; the rest, and any value a template can't vouch for,
/// by the <see cref="LinkGenerator"/>.
/// </summary>
public sealed class PathWriter(LinkGenerator generator, EndpointDataSource endpoints, IOptions<RouteOptions> options)
{
    private readonly ConcurrentDictionary<string, PathTemplate?> _templates = new();

    public string Path(string routeName, object? values = null, string? fragment = null)
    {
        var routeValues = new RouteValueDictionary(values);
        if (Template(routeName) is { } template && template.TryWrite(routeValues, fragment, out var path)) return path;
        return generator.GetPathByName(routeName, routeValues, fragment: fragment is null ? default : new FragmentString("#" + fragment))
            ?? throw new InvalidOperationException($"No link could be made for route '{routeName}' from {values}.");
    }

    internal PathTemplate? Template(string routeName)
    {
        if (_templates.TryGetValue(routeName, out var known)) return known;
        var named = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == routeName)
            .ToList();
        // Before the endpoints exist (or for a name no route has) nothing is kept, so a later call can still find it.
        if (named.Count == 0) return null;
        var template = named.Select(endpoint => endpoint.RoutePattern.RawText).Distinct().Count() == 1
            ? PathTemplate.From(named[0].RoutePattern, options.Value)
            : null;
        return _templates.GetOrAdd(routeName, template);
    }
}
