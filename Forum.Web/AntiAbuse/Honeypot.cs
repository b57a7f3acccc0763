using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Forum.Web.AntiAbuse;

/// <summary>
/// A form field people never see (Views/Shared/_Honeypot.cshtml) and simple bots fill in. A POST is refused
/// only when that field has something in it, so a form without the field works exactly as before.
/// </summary>
public sealed class Honeypot : IResourceFilter
{
    public const string FieldName = "leave_this_empty";

    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType) return;
        if (!string.IsNullOrEmpty(request.Form[FieldName])) context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
    }

    public void OnResourceExecuted(ResourceExecutedContext context) { }
}
