using FangchengCredit.Data.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace FangchengCredit.Web.Infrastructure;

/// <summary>
/// Marks bureau pages whose very existence an enterprise user must not learn (the registry, person pages…):
/// when such a user is refused, the answer is 404 like any unknown address, never 403.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
public sealed class HiddenFromEnterpriseUsersAttribute : Attribute;

/// <summary>Turns a refusal of an enterprise user on a <see cref="HiddenFromEnterpriseUsersAttribute"/> endpoint into 404.</summary>
internal sealed class HiddenFromEnterpriseUsersResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden
            && context.User.IsInRole(Roles.Enterprise)
            && context.GetEndpoint()?.Metadata.GetMetadata<HiddenFromEnterpriseUsersAttribute>() is not null)
        {
            // The status-code pages re-execute /Error/404, so the page is the ordinary "页面不存在".
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
