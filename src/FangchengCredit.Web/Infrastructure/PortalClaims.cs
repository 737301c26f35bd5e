using System.Globalization;
using System.Security.Claims;
using FangchengCredit.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FangchengCredit.Web.Infrastructure;

/// <summary>Claims the portal adds to the sign-in cookie.</summary>
public static class PortalClaims
{
    public const string DisplayName = "fc:display_name";

    /// <summary>The enterprise an Enterprise-role account is bound to.</summary>
    public const string EnterpriseId = "fc:enterprise_id";

    public static long? GetEnterpriseId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var value = user.FindFirstValue(EnterpriseId);
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}

internal sealed class PortalClaimsPrincipalFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? string.Empty : user.DisplayName));
        if (user.EnterpriseId is { } enterpriseId)
            identity.AddClaim(new Claim(PortalClaims.EnterpriseId, enterpriseId.ToString(CultureInfo.InvariantCulture)));
        return identity;
    }
}
