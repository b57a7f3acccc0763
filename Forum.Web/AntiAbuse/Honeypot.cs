using Microsoft.AspNetCore.Mvc.Filters;

namespace Forum.Web.AntiAbuse;

/// <summary>
/// A form field people never see (Views/Shared/_Honeypot.cshtml) and simple bots fill in. A POST is refused
/// only when that field has something in it, so a form without the field works exactly as before.
/// </summary>
public sealed class Honeypot : IAsyncResourceFilter
{
    public const string FieldName = "leave_this_empty";

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        if (await IsFilledAsync(context.HttpContext.Request))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
            return;
        }
        await next();
    }

    private static async Task<bool> IsFilledAsync(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType) return false;
        // The error page re-runs MVC for the same request; reading a refused body again would only throw.
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null) return false;
        if (request.ContentLength > Startup.ForumServices.MaxRequestBodyBytes) return false;
        try
        {
            return !string.IsNullOrEmpty((await request.ReadFormAsync(request.HttpContext.RequestAborted))[FieldName]);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            // A form too large or malformed to read is not a honeypot question; the usual refusal follows.
            return false;
        }
    }
}
