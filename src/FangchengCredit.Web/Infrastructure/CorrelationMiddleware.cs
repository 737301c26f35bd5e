using System.Security.Claims;
using Serilog.Context;

namespace FangchengCredit.Web.Infrastructure;

/// <summary>Puts a correlation id and the signed-in user into every log line of the request, and echoes the id back.</summary>
internal sealed class CorrelationMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[HeaderName].ToString();
        // Accept a caller's id only when it is short and plain, so log lines cannot be forged through the header.
        var correlationId = incoming.Length is > 0 and <= 64 && incoming.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? incoming
            : context.TraceIdentifier;
        context.Response.Headers[HeaderName] = correlationId;
        var userName = context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimTypes.Name) : null;
        using (LogContext.PushProperty("CorrelationId", correlationId))
        using (LogContext.PushProperty("UserName", userName ?? "anonymous"))
        {
            await next(context);
        }
    }
}
