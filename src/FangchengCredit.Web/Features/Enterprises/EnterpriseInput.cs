using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Identifiers;
using FangchengCredit.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.Enterprises;

/// <summary>
/// A person typed into the enterprise form. On the edit form a row that keeps its registered person carries
/// <see cref="PersonId"/> and leaves <see cref="IdNumber"/> blank, so the full number never travels to the browser.
/// </summary>
public sealed class PersonInput
{
    public long? PersonId { get; set; }

    public string? Name { get; set; }

    public string? IdNumber { get; set; }

    public string? Phone { get; set; }

    /// <summary>Shown beside a kept person on the edit form; never posted back.</summary>
    public string? MaskedIdNumber { get; set; }

    public bool IsBlank => PersonId is null && string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(IdNumber) && string.IsNullOrWhiteSpace(Phone);

    public bool KeepsRegisteredPerson => PersonId is not null && string.IsNullOrWhiteSpace(IdNumber);
}

/// <summary>The create and edit form of an enterprise (登记企业 / 编辑企业).</summary>
public sealed class EnterpriseInput
{
    /// <summary>统一社会信用代码; typed on create only, shown read-only on edit.</summary>
    public string? Code { get; set; }

    public string? Name { get; set; }

    public SubjectType? SubjectType { get; set; }

    public int? IndustryId { get; set; }

    public string? TownshipCode { get; set; }

    public string? Address { get; set; }

    public string? ContactPhone { get; set; }

    public RiskLevel? RiskLevel { get; set; }

    public bool HasMajorHazardSource { get; set; }

    public StandardisationGrade? Standardisation { get; set; }

    public DateOnly? LiabilityInsuranceValidUntil { get; set; }

    public PersonInput LegalRepresentative { get; set; } = new();

    /// <summary>主要负责人同法定代表人</summary>
    public bool PrincipalSameAsLegalRepresentative { get; set; }

    public PersonInput Principal { get; set; } = new();

    public List<PersonInput> ActualControllers { get; set; } = [];

    /// <summary>The version the form was opened at (edit only).</summary>
    public int Version { get; set; }

    /// <summary>Set by the controller, never bound: null on create.</summary>
    public long? EnterpriseId { get; set; }

    public bool IsNew => EnterpriseId is null;

    public EnterpriseDetails ToDetails() => new()
    {
        Name = Name ?? string.Empty,
        SubjectType = SubjectType ?? Domain.Enterprises.SubjectType.Enterprise,
        IndustryId = IndustryId ?? 0,
        TownshipCode = TownshipCode ?? string.Empty,
        Address = Address,
        ContactPhone = ContactPhone,
        RiskLevel = RiskLevel ?? Domain.Enterprises.RiskLevel.Low,
        HasMajorHazardSource = HasMajorHazardSource,
        Standardisation = Standardisation ?? StandardisationGrade.None,
        LiabilityInsuranceValidUntil = LiabilityInsuranceValidUntil,
    };
}

/// <summary>The status form on the enterprise page (在营 / 停产整顿 / 注销).</summary>
public sealed class StatusInput
{
    public OperatingStatus? Status { get; set; }

    public int Version { get; set; }
}

internal sealed class EnterpriseInputValidator : AbstractValidator<EnterpriseInput>
{
    public EnterpriseInputValidator(IStringLocalizer<SharedResource> l, IValidator<PersonInput> person)
    {
        When(x => x.IsNew, () =>
        {
            RuleFor(x => x.Code).NotEmpty().WithMessage(l["请输入统一社会信用代码。"]);
            // The precise rule the code breaks ("第18位校验码应为 3"), straight from the domain.
            RuleFor(x => x.Code).Custom((code, context) =>
            {
                if (string.IsNullOrWhiteSpace(code)) return;
                if (UnifiedSocialCreditCode.Validate(code) is { } error) context.AddFailure(error.Message);
            });
        });
        RuleFor(x => x.Name).NotEmpty().WithMessage(l["请输入企业名称。"])
            .MaximumLength(EnterpriseDetails.NameMaxLength).WithMessage(l["企业名称不能超过 {0} 个字符。", EnterpriseDetails.NameMaxLength]);
        RuleFor(x => x.SubjectType).NotNull().WithMessage(l["请选择主体类型。"]).IsInEnum().WithMessage(l["请选择主体类型。"]);
        RuleFor(x => x.IndustryId).NotNull().WithMessage(l["请选择行业。"]);
        RuleFor(x => x.TownshipCode).NotEmpty().WithMessage(l["请选择乡镇街道。"]);
        RuleFor(x => x.Address).MaximumLength(EnterpriseDetails.AddressMaxLength).WithMessage(l["地址不能超过 {0} 个字符。", EnterpriseDetails.AddressMaxLength]);
        RuleFor(x => x.ContactPhone).Must(p => string.IsNullOrWhiteSpace(p) || PhoneNumber.IsValid(p))
            .WithMessage(l["联系电话格式不正确，例如 0377-67123456 或 13800138000。"]);
        RuleFor(x => x.RiskLevel).NotNull().WithMessage(l["请选择安全风险等级。"]).IsInEnum().WithMessage(l["请选择安全风险等级。"]);
        RuleFor(x => x.Standardisation).NotNull().WithMessage(l["请选择标准化等级。"]).IsInEnum().WithMessage(l["请选择标准化等级。"]);
        RuleFor(x => x.LiabilityInsuranceValidUntil)
            .Must(d => d is null || (d.Value.Year >= 2000 && d.Value.Year <= 2100)).WithMessage(l["安责险有效期至应为 2000–2100 年之间的日期。"]);

        RuleFor(x => x.LegalRepresentative).SetValidator(person);
        When(x => !x.PrincipalSameAsLegalRepresentative, () => RuleFor(x => x.Principal).SetValidator(person));
        RuleForEach(x => x.ActualControllers).Where(c => !c.IsBlank).SetValidator(person);
    }
}

/// <summary>Name and 居民身份证号 of a linked person; the number's precise fault comes from the domain.</summary>
internal sealed class PersonInputValidator : AbstractValidator<PersonInput>
{
    public PersonInputValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage(l["请输入姓名。"])
            .MaximumLength(Person.NameMaxLength).WithMessage(l["姓名不能超过 {0} 个字符。", Person.NameMaxLength]);
        RuleFor(x => x.IdNumber).Custom((id, context) =>
        {
            var input = context.InstanceToValidate;
            if (input.KeepsRegisteredPerson) return;
            if (string.IsNullOrWhiteSpace(id))
            {
                context.AddFailure(l["请输入身份证号。"]);
                return;
            }
            if (ResidentIdNumber.Validate(id) is { } error) context.AddFailure(error.Message);
        });
        RuleFor(x => x.Phone).Must(p => string.IsNullOrWhiteSpace(p) || PhoneNumber.IsValid(p))
            .WithMessage(l["联系电话格式不正确，例如 0377-67123456 或 13800138000。"]);
    }
}
