using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Forum.Web.Routing;

/// <summary>
/// Binds <see cref="PostKind"/> from its URL spelling only. MVC's default enum binding would also accept "Story",
/// "THREAD" or "1", which would give every post a second and third address.
/// </summary>
public sealed class PostKindModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None) return Task.CompletedTask;
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        if (PostKindSegment.TryParse(value.FirstValue, out var kind))
            bindingContext.Result = ModelBindingResult.Success(kind);
        else
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, "Not a kind of post.");
        return Task.CompletedTask;
    }
}
