using FangchengCredit.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Infrastructure;

/// <summary>Identity can demand a digit but not "a letter"; the bureau's rule asks for both.</summary>
internal sealed class LetterAndDigitPasswordValidator<TUser>(IStringLocalizer<SharedResource> localizer) : IPasswordValidator<TUser>
    where TUser : class
{
    public Task<IdentityResult> ValidateAsync(UserManager<TUser> manager, TUser user, string? password)
    {
        if (password is not null && password.Any(char.IsAsciiLetter)) return Task.FromResult(IdentityResult.Success);
        return Task.FromResult(IdentityResult.Failed(new IdentityError
        {
            Code = "PasswordRequiresLetter",
            Description = localizer["密码必须包含字母。"],
        }));
    }
}
