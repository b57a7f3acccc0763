namespace Forum.Web.Routing;

/// <summary>A family of links by what they are for; every one is written by the one <see cref="PathWriter"/>.</summary>
public abstract class RouteLinks(PathWriter writer)
{
    protected string Path(string routeName, object? values = null, string? fragment = null) => writer.Path(routeName, values, fragment);
}
