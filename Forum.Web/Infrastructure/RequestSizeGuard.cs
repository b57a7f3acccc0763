using Forum.Web.Startup;
using Microsoft.AspNetCore.Diagnostics;

namespace Forum.Web.Infrastructure;

/// <summary>
/// Refuses a request whose declared size is over the limit before a byte of its body is read. Kestrel's own
/// limit covers bodies that arrive without a length; this one also holds in the in-process test server.
/// </summary>
internal sealed class RequestSizeGuard(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        // The status-code page re-runs the pipeline for the same request; let that pass to show the explanation.
        var explaining = context.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        if (!explaining && context.Request.ContentLength > ForumServices.MaxRequestBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask; // the status-code page explains it
        }
        return next(context);
    }
}
