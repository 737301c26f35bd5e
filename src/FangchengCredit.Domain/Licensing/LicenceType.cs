using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Licensing;

/// <summary>
/// A licence the county bureau issues, reference data an administrator can extend. The statutory decision time limit counts
/// working days (行政许可法 第八十二条: 期限以工作日计算，不含法定节假日).
/// </summary>
public sealed class LicenceType
{
    public const int NameMaxLength = 64;

    public int Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>法定办结时限（工作日）</summary>
    public int DecisionWorkingDays { get; private set; }

    /// <summary>有效期（月）</summary>
    public int ValidityMonths { get; private set; }

    public bool IsActive { get; private set; } = true;

    private LicenceType() { }

    public LicenceType(string name, int decisionWorkingDays, int validityMonths)
    {
        Rename(name);
        SetLimits(decisionWorkingDays, validityMonths);
    }

    public void Rename(string name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > NameMaxLength) throw new DomainException($"许可证名称应为 1–{NameMaxLength} 个字符");
        Name = trimmed;
    }

    public void SetLimits(int decisionWorkingDays, int validityMonths)
    {
        if (decisionWorkingDays is < 1 or > 120) throw new DomainException("法定办结时限应为 1–120 个工作日");
        if (validityMonths is < 1 or > 120) throw new DomainException("有效期应为 1–120 个月");
        DecisionWorkingDays = decisionWorkingDays;
        ValidityMonths = validityMonths;
    }

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;

    /// <summary>The two county-level licences of domain.md §7, seeded into an empty database.</summary>
    public static IReadOnlyList<LicenceType> Defaults() =>
    [
        new("危险化学品经营许可证（无储存）", 30, 36),
        new("烟花爆竹经营（零售）许可证", 20, 24),
    ];
}
