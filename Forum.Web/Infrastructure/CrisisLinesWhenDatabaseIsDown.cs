using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Forum.Web.Infrastructure;

/// <summary>
/// A post whose words call for the crisis lines still shows them when the database is away: a writer in
/// distress must not meet only "try again shortly". Their text is carried along as on the usual pause, so that
/// nothing is lost; the answer is a 503, since nothing could be posted.
/// </summary>
internal sealed class CrisisLinesWhenDatabaseIsDown(CrisisCheck crisis, IModelMetadataProvider metadata) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not { } exception || executed.ExceptionHandled || !DatabaseUnavailable.IsUnavailable(exception)) return;
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType) return;

        var form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
        var fields = CrisisPauseFields.Carried(form);
        if (!crisis.ShouldPause(form["intent"].ToString(), fields.Select(f => f.Value).ToArray())) return;

        executed.ExceptionHandled = true;
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = "30";
        response.Headers.CacheControl = "no-store";
        executed.Result = new ViewResult
        {
            ViewName = "CrisisPause",
            ViewData = new ViewDataDictionary<CrisisPauseViewModel>(metadata, context.ModelState)
            {
                Model = new CrisisPauseViewModel(request.Path, fields),
            },
        };
    }
}
