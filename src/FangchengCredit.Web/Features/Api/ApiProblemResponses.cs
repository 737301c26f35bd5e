using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FangchengCredit.Web.Resources;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.Api;

/// <summary>
/// Under /api a partner's program reads the answer, not a person: status codes without a body (a failed API key, a refused role,
/// the rate limit, an unknown route) get an RFC 7807 problem in Chinese rather than the portal's HTML error page.
/// </summary>
internal sealed class ApiProblemResponses(RequestDelegate next, IStringLocalizer<SharedResource> l)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        await next(context);

        var response = context.Response;
        if (response.StatusCode < 400 || response.HasStarted || response.ContentLength is not null || !string.IsNullOrEmpty(response.ContentType))
            return;
        var (title, detail) = response.StatusCode switch
        {
            StatusCodes.Status401Unauthorized => (l["未认证"].Value, l["缺少或无效的 API 密钥：请在请求头 X-Api-Key 中提供分配给本单位的密钥。"].Value),
            StatusCodes.Status403Forbidden => (l["无权访问"].Value, l["当前身份无权使用此接口。"].Value),
            StatusCodes.Status404NotFound => (l["未找到"].Value, l["接口地址不存在。"].Value),
            StatusCodes.Status429TooManyRequests => (l["请求过于频繁"].Value, l["已超过本单位每分钟的请求上限，请稍后再试。"].Value),
            _ => (l["请求未能完成"].Value, (string?)null),
        };
        var problem = new ProblemDetails { Status = response.StatusCode, Title = title, Detail = detail, Instance = context.Request.Path };
        response.ContentType = "application/problem+json; charset=utf-8";
        await response.WriteAsync(JsonSerializer.Serialize(problem, Json));
    }
}
