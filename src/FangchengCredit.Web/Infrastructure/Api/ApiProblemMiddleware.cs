using System.Text.Json;
using FangchengCredit.Web.Resources;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Infrastructure.Api;

/// <summary>
/// Under /api, errors that carry no body (401 from the key check, 403, 404 of an unknown route, 429 from the rate limiter)
/// get a Chinese problem-details body instead of the HTML error page, so API clients always read JSON.
/// </summary>
internal sealed class ApiProblemMiddleware(RequestDelegate next)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task InvokeAsync(HttpContext context, IStringLocalizer<SharedResource> l)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        await next(context);

        var status = context.Response.StatusCode;
        if (status < 400 || context.Response.HasStarted || context.Response.ContentLength > 0 || context.Response.ContentType is not null) return;
        var title = status switch
        {
            StatusCodes.Status401Unauthorized => l["需要有效的 API 密钥（X-Api-Key）或局内工作人员登录。"].Value,
            StatusCodes.Status403Forbidden => l["无权访问该接口。"].Value,
            StatusCodes.Status404NotFound => l["接口不存在。"].Value,
            StatusCodes.Status429TooManyRequests => l["请求过于频繁，请稍后再试。"].Value,
            _ => l["请求未能完成。"].Value,
        };
        var problem = new ProblemDetails { Status = status, Title = title, Instance = context.Request.Path };
        context.Response.ContentType = "application/problem+json; charset=utf-8";
        await context.Response.WriteAsync(JsonSerializer.Serialize(problem, Json));
    }
}
