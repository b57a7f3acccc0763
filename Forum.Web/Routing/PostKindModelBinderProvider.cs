using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Forum.Web.Routing;

/// <summary>Registered here rather than by an attribute on the enum: the domain knows nothing of ASP.NET Core.</summary>
public sealed class PostKindModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(PostKind) || context.Metadata.ModelType == typeof(PostKind?)
            ? new PostKindModelBinder()
            : null;
}
