namespace FangchengCredit.Web.Features.Errors;

/// <summary>What the error page says for a status code; the texts are localisation keys.</summary>
public sealed record ErrorPage(int StatusCode, string Title, string Message)
{
    public static ErrorPage For(int statusCode) => statusCode switch
    {
        400 => new(400, "请求有误", "提交的内容无法处理，请返回上一页检查后重试。"),
        401 => new(401, "需要登录", "请先登录后再访问此页面。"),
        403 => new(403, "无权访问", "您的账号没有访问此页面的权限。如需开通，请联系系统管理员。"),
        404 => new(404, "页面不存在", "您访问的页面不存在，或者您无权查看该内容。"),
        429 => new(429, "请求过于频繁", "请稍候片刻再试。"),
        _ when statusCode >= 500 => new(statusCode, "系统出现错误", "服务器处理请求时出错，我们已记录此问题。请稍后重试。"),
        _ => new(statusCode, "请求未能完成", "请返回上一页重试。"),
    };
}
