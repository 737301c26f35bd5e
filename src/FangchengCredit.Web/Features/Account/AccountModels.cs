using FangchengCredit.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.Account;

public sealed class LoginInput
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public bool RememberMe { get; set; }
}

public sealed class ChangePasswordInput
{
    public string? CurrentPassword { get; set; }

    public string? NewPassword { get; set; }

    public string? ConfirmPassword { get; set; }
}

internal sealed class LoginInputValidator : AbstractValidator<LoginInput>
{
    public LoginInputValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage(l["请输入账号（电子邮箱）。"]);
        RuleFor(x => x.Password).NotEmpty().WithMessage(l["请输入密码。"]);
    }
}

internal sealed class ChangePasswordInputValidator : AbstractValidator<ChangePasswordInput>
{
    public ChangePasswordInputValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage(l["请输入当前密码。"]);
        RuleFor(x => x.NewPassword).NotEmpty().WithMessage(l["请输入新密码。"])
            .MinimumLength(10).WithMessage(l["新密码至少需要 10 个字符。"]);
        RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage(l["两次输入的新密码不一致。"]);
    }
}
