using FangchengCredit.Data.Identity;
using FangchengCredit.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.Admin.Users;

public sealed record UserRow(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool IsLockedOut, DateTimeOffset? LockoutEnd, long? EnterpriseId);

public sealed class CreateUserInput
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public string? Role { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }
}

public sealed class EditUserInput
{
    public string Id { get; set; } = string.Empty;

    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public List<string> Roles { get; set; } = [];
}

internal sealed class CreateUserInputValidator : AbstractValidator<CreateUserInput>
{
    public CreateUserInputValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage(l["请输入电子邮箱。"])
            .EmailAddress().WithMessage(l["电子邮箱格式不正确。"])
            .MaximumLength(256).WithMessage(l["电子邮箱不能超过 256 个字符。"]);
        RuleFor(x => x.DisplayName).NotEmpty().WithMessage(l["请输入姓名。"])
            .MaximumLength(AppUser.DisplayNameMaxLength).WithMessage(l["姓名不能超过 {0} 个字符。", AppUser.DisplayNameMaxLength]);
        RuleFor(x => x.Role).NotEmpty().WithMessage(l["请选择角色。"])
            .Must(r => r is not null && Roles.Bureau.Contains(r)).WithMessage(l["请选择有效的角色。"]);
        RuleFor(x => x.Password).NotEmpty().WithMessage(l["请输入初始密码。"])
            .MinimumLength(10).WithMessage(l["密码至少需要 10 个字符。"]);
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(l["两次输入的密码不一致。"]);
    }
}

internal sealed class EditUserInputValidator : AbstractValidator<EditUserInput>
{
    public EditUserInputValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.DisplayName).NotEmpty().WithMessage(l["请输入姓名。"])
            .MaximumLength(AppUser.DisplayNameMaxLength).WithMessage(l["姓名不能超过 {0} 个字符。", AppUser.DisplayNameMaxLength]);
        RuleForEach(x => x.Roles).Must(r => Roles.All.Contains(r)).WithMessage(l["请选择有效的角色。"]);
        RuleFor(x => x.Roles).NotEmpty().WithMessage(l["至少选择一个角色。"]);
    }
}
