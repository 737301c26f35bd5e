using Microsoft.AspNetCore.Identity;

namespace FangchengCredit.Data.Identity;

/// <summary>A portal account: bureau staff, a section chief, an administrator or an enterprise user.</summary>
public class AppUser : IdentityUser
{
    public const int DisplayNameMaxLength = 64;

    /// <summary>The name shown in the portal and in the audit trail.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>For the Enterprise role only: the one enterprise this account may see (企业用户绑定的企业).</summary>
    public long? EnterpriseId { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
