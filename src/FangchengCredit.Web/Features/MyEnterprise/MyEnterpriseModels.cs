using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Web.Features.Enterprises;
using FangchengCredit.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.MyEnterprise;

public sealed class ContactPhoneInput
{
    public string? ContactPhone { get; set; }

    public int Version { get; set; }
}

public sealed record MyEnterpriseModel(EnterpriseDetailsModel Enterprise, ContactPhoneInput Phone);

internal sealed class ContactPhoneInputValidator : AbstractValidator<ContactPhoneInput>
{
    public ContactPhoneInputValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.ContactPhone).Must(p => string.IsNullOrWhiteSpace(p) || PhoneNumber.IsValid(p))
            .WithMessage(l["联系电话格式不正确，例如 0377-67123456 或 13800138000。"]);
    }
}
