using FangchengCredit.Data.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace FangchengCredit.Web.Features.EnterpriseImport;

/// <summary>
/// Bureau pages that an enterprise user must not even learn exist: anyone signed in without a bureau role gets 404, not 403
/// (the fallback policy has already sent anonymous visitors to sign in).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
internal sealed class BureauStaffOnlyAttribute : Attribute, IAuthorizationFilter
{
    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var user = context.HttpContext.User;
        if (!Roles.Bureau.Any(user.IsInRole)) context.Result = new NotFoundResult();
    }
}
