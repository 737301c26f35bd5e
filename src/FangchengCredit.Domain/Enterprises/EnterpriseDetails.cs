using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Grading;

namespace FangchengCredit.Domain.Enterprises;

/// <summary>The descriptive facts of an enterprise that staff keep up to date (everything but its code and its people).</summary>
public sealed record EnterpriseDetails
{
    public const int NameMaxLength = 200;
    public const int AddressMaxLength = 200;
    public const int PhoneMaxLength = 32;

    public required string Name { get; init; }

    public SubjectType SubjectType { get; init; } = SubjectType.Enterprise;

    /// <summary>行业 (reference data id).</summary>
    public required int IndustryId { get; init; }

    /// <summary>乡镇街道 statistical code, 411322xxx.</summary>
    public required string TownshipCode { get; init; }

    public string? Address { get; init; }

    public string? ContactPhone { get; init; }

    public RiskLevel RiskLevel { get; init; } = RiskLevel.Low;

    /// <summary>重大危险源</summary>
    public bool HasMajorHazardSource { get; init; }

    /// <summary>安全生产标准化等级</summary>
    public StandardisationGrade Standardisation { get; init; } = StandardisationGrade.None;

    /// <summary>安责险有效期至</summary>
    public DateOnly? LiabilityInsuranceValidUntil { get; init; }

    /// <summary>Trims the text fields and refuses what no enterprise can have; the web layer has already explained the details to the user.</summary>
    public EnterpriseDetails Normalised()
    {
        var name = Name?.Trim() ?? string.Empty;
        if (name.Length == 0) throw new DomainException("企业名称不能为空");
        if (name.Length > NameMaxLength) throw new DomainException($"企业名称不能超过 {NameMaxLength} 个字符");
        var address = string.IsNullOrWhiteSpace(Address) ? null : Address.Trim();
        if (address?.Length > AddressMaxLength) throw new DomainException($"地址不能超过 {AddressMaxLength} 个字符");
        var phone = string.IsNullOrWhiteSpace(ContactPhone) ? null : ContactPhone.Trim();
        if (phone is not null && !PhoneNumber.IsValid(phone)) throw new DomainException("联系电话格式不正确");
        if (string.IsNullOrWhiteSpace(TownshipCode)) throw new DomainException("请选择乡镇街道");
        if (IndustryId <= 0) throw new DomainException("请选择行业");
        return this with { Name = name, Address = address, ContactPhone = phone, TownshipCode = TownshipCode.Trim() };
    }
}
