using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Records;

/// <summary>
/// 公示期限 per severity, in months from the decision date. The law (信用修复管理办法, in force 2026-04-01) gives ranges;
/// the numbers here are our [default] choice inside them and may be bound from configuration.
/// </summary>
public sealed class PublicationPeriodRules
{
    public static PublicationPeriodRules Default { get; } = new();

    /// <summary>轻微失信 公示期: [default] 3 months; the law allows 0 (not published) to 3.</summary>
    public int MinorMonths { get; init; } = 3;

    /// <summary>一般失信 公示期: [default] 12 months; the law allows 3 to 12.</summary>
    public int GeneralMonths { get; init; } = 12;

    /// <summary>严重失信 公示期: [default] 36 months; the law allows 12 to 36.</summary>
    public int SeriousMonths { get; init; } = 36;

    /// <summary>
    /// Configuration is checked when used, not when bound, so a bad setting fails loudly with a Chinese message.
    /// </summary>
    public void EnsureValid()
    {
        EnsureWithin(MinorMonths, 0, 3, "轻微失信公示期");
        EnsureWithin(GeneralMonths, 3, 12, "一般失信公示期");
        EnsureWithin(SeriousMonths, 12, 36, "严重失信公示期");
    }

    public int MonthsFor(RecordSeverity severity) => severity switch
    {
        RecordSeverity.Minor => MinorMonths,
        RecordSeverity.General => GeneralMonths,
        RecordSeverity.Serious => SeriousMonths,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "未知的失信严重程度。"),
    };

    private static void EnsureWithin(int months, int min, int max, string name)
    {
        if (months < min || months > max)
        {
            throw new DomainException($"{name}应在{min}至{max}个月之间，当前配置为{months}个月。");
        }
    }
}
