using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Forum.Web.Caching;

/// <summary>
/// TempData in its cookie (forum_notice), except that a request that brought no such cookie and leaves no note gets
/// no Set-Cookie either. The cookie provider alone sends a deleting Set-Cookie whenever a page reads TempData, which
/// made every story page personal and so impossible to share (see <see cref="SharedPages"/>).
/// </summary>
internal sealed class QuietTempData(CookieTempDataProvider cookies, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => cookies.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        if (values.Count == 0 && !context.Request.Cookies.ContainsKey(options.Value.Cookie.Name!)) return;
        cookies.SaveTempData(context, values);
    }
}
