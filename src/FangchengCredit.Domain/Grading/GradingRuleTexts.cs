using System.Globalization;

namespace FangchengCredit.Domain.Grading;

/// <summary>
/// The Chinese sentences that state each rule, built from the configured numbers so the explanation never
/// disagrees with the table that produced it.
/// </summary>
public static class GradingRuleTexts
{
    // U+2212, the minus sign the published table uses; a hyphen reads as a dash in Chinese text.
    private const char Minus = '−';

    public static string RowName(GradingRowKind row) => row switch
    {
        GradingRowKind.PenaltySummary => "简易程序行政处罚",
        GradingRowKind.PenaltyGeneral => "一般程序行政处罚",
        GradingRowKind.PenaltySuspensionOrLicence => "责令停产停业、暂扣或吊销许可证照",
        GradingRowKind.LiabilityAccidentWithDeath => "一般责任事故（有人死亡）",
        GradingRowKind.LiabilityAccidentWithSeriousInjury => "一般责任事故（无人死亡，有人重伤）",
        GradingRowKind.LiabilityAccidentPropertyLossOnly => "一般责任事故（仅财产损失）",
        GradingRowKind.LiabilityAccidentLargerOrAbove => "较大及以上责任事故",
        GradingRowKind.ConcealedAccident => "瞒报、谎报事故",
        GradingRowKind.CommitmentBreached => "失信承诺（违背或虚假承诺）",
        GradingRowKind.HazardNotRectified => "重大事故隐患逾期未整改",
        GradingRowKind.Commendation => "表彰奖励",
        GradingRowKind.CommitmentKept => "按期履行承诺",
        GradingRowKind.Standardisation => "安全生产标准化",
        GradingRowKind.LiabilityInsurance => "安全生产责任保险",
        _ => throw new ArgumentOutOfRangeException(nameof(row), row, "未知的评分规则行。"),
    };

    /// <summary>e.g. "一般程序行政处罚 −5，计1年", "较大及以上责任事故，计分期内等级为D，计3年".</summary>
    public static string Describe(GradingRules rules, GradingRowKind row)
    {
        ArgumentNullException.ThrowIfNull(rules);

        var value = rules.RowFor(row);
        var points = value.Points == 0 ? string.Empty : " " + FormatPoints(value.Points);
        var cap = row == GradingRowKind.CommitmentKept ? $"/项，本项最多 {FormatPoints(rules.CommitmentKeptCap)}" : string.Empty;
        var effect = GradingRules.EffectOf(row) switch
        {
            GradeEffect.CapsAtC => "，计分期内等级最高为C",
            GradeEffect.ForcesD => "，计分期内等级为D",
            _ => string.Empty,
        };
        return $"{RowName(row)}{points}{cap}{effect}，计{FormatMonths(value.Months)}";
    }

    /// <summary>e.g. "安全生产标准化一级 +10，持有期间".</summary>
    public static string DescribeStandardisation(GradingRules rules, StandardisationGrade grade)
    {
        ArgumentNullException.ThrowIfNull(rules);

        var level = grade switch
        {
            StandardisationGrade.Level1 => "一级",
            StandardisationGrade.Level2 => "二级",
            StandardisationGrade.Level3 => "三级",
            _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "未达标不加分。"),
        };
        return $"安全生产标准化{level} {FormatPoints(rules.StandardisationBonus(grade))}，持有期间";
    }

    /// <summary>"安全生产责任保险在有效期内 +2".</summary>
    public static string DescribeInsurance(GradingRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return $"安全生产责任保险在有效期内 {FormatPoints(rules.LiabilityInsuranceBonus)}";
    }

    /// <summary>"−5", "+1", "0".</summary>
    public static string FormatPoints(int points) =>
        points switch
        {
            < 0 => Minus + (-(long)points).ToString(CultureInfo.InvariantCulture),
            > 0 => "+" + points.ToString(CultureInfo.InvariantCulture),
            _ => "0",
        };

    /// <summary>"3个月", "1年", "18个月".</summary>
    public static string FormatMonths(int months) =>
        months % 12 == 0
            ? (months / 12).ToString(CultureInfo.InvariantCulture) + "年"
            : months.ToString(CultureInfo.InvariantCulture) + "个月";
}
