namespace Forum.Web.Routing;

public static class RoutingServices
{
    /// <summary>The <c>postkind</c> constraints, the <see cref="Forum.Domain.Stories.PostKind"/> binder and <see cref="ForumLinks"/>.</summary>
    public static IServiceCollection AddForumRouting(this IServiceCollection services)
    {
        services.Configure<RouteOptions>(routes =>
        {
            routes.ConstraintMap[PostKindRouteConstraint.Name] = typeof(PostKindRouteConstraint);
            routes.ConstraintMap[PluralPostKindRouteConstraint.Name] = typeof(PluralPostKindRouteConstraint);
        });
        services.Configure<MvcOptions>(mvc => mvc.ModelBinderProviders.Insert(0, new PostKindModelBinderProvider()));
        services.AddSingleton<PathWriter>();
        services.AddSingleton<ForumLinks>();
        return services;
    }
}
