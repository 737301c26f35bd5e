using FangchengCredit.Data.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace FangchengCredit.Web.Infrastructure;

/// <summary>
/// An enterprise user refused a page gets 404, like any unknown address, never 403: a 403 would confirm that the page —
/// another enterprise, a person, a staff list — exists. Applies to every page, so no feature can forget it.
/// Other users keep the real 403 (decision 0006).
/// </summary>
internal sealed class EnterpriseUsersSeeNotFound : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden && context.User.IsInRole(Roles.Enterprise))
        {
            // The status-code pages re-execute /Error/404, so the page is the ordinary "页面不存在".
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
