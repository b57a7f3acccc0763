namespace Forum.Web.Routing;

/// <summary>
/// Builds a path from a route name, with no request in sight: the same link comes out of a view, a feed or a
/// test, and no value leaks in from the page the link happens to be on (MVC's "ambient" route values).
/// </summary>
public abstract class RouteLinks(LinkGenerator generator)
{
    protected string Path(string routeName, object? values = null, string? fragment = null) =>
        generator.GetPathByName(routeName, values, fragment: fragment is null ? default : new FragmentString("#" + fragment))
        ?? throw new InvalidOperationException($"No link could be made for route '{routeName}' from {values}.");
}
