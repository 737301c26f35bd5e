using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Identifiers;

namespace FangchengCredit.Domain.Enterprises;

/// <summary>
/// A natural person linked to enterprises (法定代表人, 主要负责人, 实际控制人), identified by the 居民身份证号.
/// The number is personal information: it is shown masked except to staff who reveal it on purpose.
/// </summary>
public sealed class Person
{
    public const int NameMaxLength = 64;

    public long Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The raw 居民身份证号; use <see cref="MaskedIdNumber"/> for display.</summary>
    public string IdNumber { get; private set; } = string.Empty;

    public string? Phone { get; private set; }

    public int Version { get; private set; }

    public string MaskedIdNumber => ResidentIdNumber.Mask(IdNumber);

    private Person() { }

    public static Person Create(string name, ResidentIdNumber idNumber, string? phone = null)
    {
        ArgumentNullException.ThrowIfNull(idNumber);
        var person = new Person { IdNumber = idNumber.Value };
        person.Rename(name);
        person.ChangePhone(phone);
        return person;
    }

    public void Rename(string name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0) throw new DomainException("姓名不能为空");
        if (trimmed.Length > NameMaxLength) throw new DomainException($"姓名不能超过 {NameMaxLength} 个字符");
        Name = trimmed;
    }

    public void ChangePhone(string? phone)
    {
        var trimmed = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        if (trimmed is not null && !PhoneNumber.IsValid(trimmed)) throw new DomainException("联系电话格式不正确");
        Phone = trimmed;
    }
}
