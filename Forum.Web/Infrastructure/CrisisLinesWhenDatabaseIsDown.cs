using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Forum.Web.Infrastructure;

/// <summary>
/// Words sent while the database is away are never lost: a post whose words call for the crisis lines still shows
/// them (a writer in distress must not meet only "try again shortly"), and any other form with a title or a body
/// comes back with the words in it, ready to send again. The answer is a 503 either way, since nothing was posted;
/// the form's submission key travels along, so a send that did reach the database is not posted twice.
/// </summary>
internal sealed class CrisisLinesWhenDatabaseIsDown(CrisisCheck crisis, IModelMetadataProvider metadata, OutageLog log) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not { } exception || executed.ExceptionHandled || !DatabaseUnavailable.IsUnavailable(exception)) return;
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType) return;

        var form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
        var fields = CrisisPauseFields.Carried(form);
        var intent = form["intent"].ToString();
        var pause = crisis.ShouldPause(intent, fields.Select(f => f.Value).ToArray());
        if (!pause && !fields.Any(f => WordsKeptViewModel.IsWords(f.Key))) return;

        log.Refused(exception);
        executed.ExceptionHandled = true;
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = "30";
        // Not cached: both pages carry an antiforgery token, which sets no-store itself.
        executed.Result = pause
            ? new ViewResult
            {
                ViewName = "CrisisPause",
                ViewData = new ViewDataDictionary<CrisisPauseViewModel>(metadata, context.ModelState) { Model = new CrisisPauseViewModel(request.Path, fields) },
            }
            : new ViewResult
            {
                ViewName = "WordsKept",
                ViewData = new ViewDataDictionary<WordsKeptViewModel>(metadata, context.ModelState) { Model = new WordsKeptViewModel(request.Path, fields, intent is ComposeIntent.Preview or ComposeIntent.PostAnyway ? intent : ComposeIntent.Post) },
            };
    }
}
