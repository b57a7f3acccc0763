using System.Globalization;

namespace Forum.Web.Routing;

/// <summary>
/// <c>{kind:postkind}</c>: "thread" or "reply". An unknown kind matches no route, so it is a 404 before any action
/// runs; link generation is refused the same way, so a link can never carry an enum name such as "Story".
/// </summary>
public sealed class PostKindRouteConstraint : IRouteConstraint
{
    public const string Name = "postkind";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        PostKindText.Codes.TryParse(Convert.ToString(values.GetValueOrDefault(routeKey), CultureInfo.InvariantCulture), out _);
}
