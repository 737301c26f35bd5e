using System.Security.Claims;
using FangchengCredit.Web.Infrastructure;

namespace FangchengCredit.Web.Features.Records;

/// <summary>The name written as 录入人 / 作废人 / 签发人: the display name, which the audit trail ties to the account.</summary>
public static class RecordActor
{
    public static string NameOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(PortalClaims.DisplayName) is { Length: > 0 } name ? name : user.Identity?.Name ?? "system";
    }
}
