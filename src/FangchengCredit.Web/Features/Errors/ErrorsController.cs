using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace FangchengCredit.Web.Features.Errors;

[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController(ILogger<ErrorsController> logger) : Controller
{
    // Any verb: the status-code pages re-execute the original request's method. The code comes from the route only:
    // a re-executed POST still carries its form, and a field named "code" (统一社会信用代码) must not turn a 404 into a 500.
    [Route("Error/{code:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Error([FromRoute] int code)
    {
        if (code >= 500)
        {
            var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
            if (feature?.Error is { } error)
                logger.LogError(error, "Unhandled exception on {Path}", feature.Path);
        }
        Response.StatusCode = code is >= 400 and <= 599 ? code : 500;
        return View(ErrorPage.For(Response.StatusCode));
    }
}
