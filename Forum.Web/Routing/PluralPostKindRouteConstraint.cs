using System.Globalization;

namespace Forum.Web.Routing;

/// <summary><c>{kind:postkinds}</c>: "threads" or "replies", the moderators' spelling (see <see cref="PostKindSegment"/>).</summary>
public sealed class PluralPostKindRouteConstraint : IRouteConstraint
{
    public const string Name = "postkinds";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        PostKindSegment.TryParsePlural(Convert.ToString(values.GetValueOrDefault(routeKey), CultureInfo.InvariantCulture), out _);
}
