using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace FangchengCredit.Web.Infrastructure;

/// <summary>
/// MVC's cookie TempData, without the expired cookie it otherwise sends on every page: the layout reads TempData for the flash
/// message, and the stock provider answers an empty TempData by deleting the cookie even when the browser never had one.
/// </summary>
internal sealed class QuietTempDataProvider(CookieTempDataProvider inner, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    private readonly string _cookieName = options.Value.Cookie.Name ?? CookieTempDataProvider.CookieName;

    public IDictionary<string, object> LoadTempData(HttpContext context) => inner.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Nothing to keep and nothing to delete. A chunked cookie keeps its base name, so this test also sees one.
        if ((values is null || values.Count == 0) && !context.Request.Cookies.ContainsKey(_cookieName)) return;
        inner.SaveTempData(context, values!);
    }
}
