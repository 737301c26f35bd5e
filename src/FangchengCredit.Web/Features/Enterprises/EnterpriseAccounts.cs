using FangchengCredit.Data;
using FangchengCredit.Data.Identity;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Web.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.Enterprises;

/// <summary>开通企业账号: an account in the Enterprise role bound to one enterprise.</summary>
public sealed class EnterpriseAccountInput
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }
}

public sealed record EnterpriseAccountPage(long EnterpriseId, string EnterpriseName, string Code, EnterpriseAccountInput Input);

internal sealed class EnterpriseAccountInputValidator : AbstractValidator<EnterpriseAccountInput>
{
    public EnterpriseAccountInputValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage(l["请输入电子邮箱。"])
            .EmailAddress().WithMessage(l["电子邮箱格式不正确。"])
            .MaximumLength(256).WithMessage(l["电子邮箱不能超过 256 个字符。"]);
        RuleFor(x => x.DisplayName).NotEmpty().WithMessage(l["请输入账号名称。"])
            .MaximumLength(AppUser.DisplayNameMaxLength).WithMessage(l["账号名称不能超过 {0} 个字符。", AppUser.DisplayNameMaxLength]);
        RuleFor(x => x.Password).NotEmpty().WithMessage(l["请输入初始密码。"])
            .MinimumLength(10).WithMessage(l["密码至少需要 10 个字符。"]);
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(l["两次输入的密码不一致。"]);
    }
}

public sealed class EnterpriseAccounts(AppDbContext db, UserManager<AppUser> users, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public async Task<EnterpriseAccountPage?> PageAsync(long enterpriseId, EnterpriseAccountInput input, CancellationToken cancellationToken = default)
    {
        var e = await db.Enterprises.AsNoTracking().Where(x => x.Id == enterpriseId).Select(x => new { x.Id, x.Name, x.Code })
            .FirstOrDefaultAsync(cancellationToken);
        return e is null ? null : new EnterpriseAccountPage(e.Id, e.Name, e.Code, input);
    }

    /// <returns>Errors keyed by field; empty when the account was created.</returns>
    public async Task<IReadOnlyList<KeyValuePair<string, string>>> CreateAsync(long enterpriseId, EnterpriseAccountInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var status = await db.Enterprises.AsNoTracking().Where(x => x.Id == enterpriseId).Select(x => (OperatingStatus?)x.Status).FirstOrDefaultAsync(cancellationToken);
        if (status == OperatingStatus.Deregistered) return [new(string.Empty, l["已注销的企业不能开通账号。"])];

        var email = input.Email!.Trim();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = input.DisplayName!.Trim(),
            EnterpriseId = enterpriseId,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, input.Password!);
        if (!result.Succeeded)
        {
            return result.Errors.Select(e => new KeyValuePair<string, string>(
                e.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(input.Password)
                : e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? nameof(input.Email)
                : string.Empty,
                e.Description)).ToList();
        }
        await users.AddToRoleAsync(user, Roles.Enterprise);
        return [];
    }
}
