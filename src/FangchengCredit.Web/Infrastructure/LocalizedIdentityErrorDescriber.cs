using FangchengCredit.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Infrastructure;

/// <summary>Identity's messages in the user's language (Chinese by default) instead of its built-in English.</summary>
internal sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> l) : IdentityErrorDescriber
{
    private IdentityError E(string code, string text, params object[] args) =>
        new() { Code = code, Description = l[text, args] };

    public override IdentityError DefaultError() => E(nameof(DefaultError), "操作失败，请稍后重试。");
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "数据已被他人修改，请刷新后重试。");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "密码不正确。");
    public override IdentityError InvalidToken() => E(nameof(InvalidToken), "令牌无效。");
    public override IdentityError LoginAlreadyAssociated() => E(nameof(LoginAlreadyAssociated), "该外部登录已绑定其他账号。");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), "用户名“{0}”无效。", userName ?? string.Empty);
    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), "电子邮箱“{0}”格式不正确。", email ?? string.Empty);
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), "账号“{0}”已存在。", userName);
    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), "电子邮箱“{0}”已被使用。", email);
    public override IdentityError InvalidRoleName(string? role) => E(nameof(InvalidRoleName), "角色名“{0}”无效。", role ?? string.Empty);
    public override IdentityError DuplicateRoleName(string role) => E(nameof(DuplicateRoleName), "角色“{0}”已存在。", role);
    public override IdentityError UserAlreadyHasPassword() => E(nameof(UserAlreadyHasPassword), "该账号已设置密码。");
    public override IdentityError UserLockoutNotEnabled() => E(nameof(UserLockoutNotEnabled), "该账号未启用锁定。");
    public override IdentityError UserAlreadyInRole(string role) => E(nameof(UserAlreadyInRole), "账号已拥有角色“{0}”。", role);
    public override IdentityError UserNotInRole(string role) => E(nameof(UserNotInRole), "账号不具有角色“{0}”。", role);
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), "密码至少需要 {0} 个字符。", length);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), "密码至少需要 {0} 个不同的字符。", uniqueChars);
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "密码必须包含至少一个符号。");
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "密码必须包含数字。");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "密码必须包含小写字母。");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "密码必须包含大写字母。");
    public override IdentityError RecoveryCodeRedemptionFailed() => E(nameof(RecoveryCodeRedemptionFailed), "恢复码无效。");
}
