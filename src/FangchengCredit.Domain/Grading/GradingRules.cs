using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Grading;

/// <summary>
/// 信用评分规则: the points, counting periods, bonuses and bands of the grading table (§5). Every number is a
/// [default] of rule version 2026.1 and may be bound from configuration; a changed table must carry a new
/// <see cref="RuleVersion"/>, because every stored evaluation names the version it was computed with.
/// Which rows cap the grade at C or force D is part of the rule's structure, not a setting.
/// </summary>
public sealed class GradingRules
{
    /// <summary>The score every enterprise starts from.</summary>
    public const int StartingScore = 100;

    /// <summary>No counting period is longer than this (10 years); longer settings are taken as typing errors.</summary>
    public const int MaximumMonths = 120;

    /// <summary>The table of rule version 2026.1, as published.</summary>
    public static GradingRules Default2026_1 { get; } = new();

    public string RuleVersion { get; init; } = "2026.1";

    /// <summary>行政处罚（简易程序）.</summary>
    public GradingRow PenaltySummary { get; init; } = new() { Points = -2, Months = 3 };

    /// <summary>行政处罚（一般程序：警告、罚款、没收违法所得）.</summary>
    public GradingRow PenaltyGeneral { get; init; } = new() { Points = -5, Months = 12 };

    /// <summary>责令停产停业，暂扣或吊销许可证照.</summary>
    public GradingRow PenaltySuspensionOrLicence { get; init; } = new() { Points = -15, Months = 36 };

    /// <summary>一般责任事故，有人死亡; also caps the grade at C while it counts.</summary>
    public GradingRow LiabilityAccidentWithDeath { get; init; } = new() { Points = -20, Months = 12 };

    /// <summary>一般责任事故，无人死亡、有人重伤.</summary>
    public GradingRow LiabilityAccidentWithSeriousInjury { get; init; } = new() { Points = -10, Months = 12 };

    /// <summary>一般责任事故，仅财产损失.</summary>
    public GradingRow LiabilityAccidentPropertyLossOnly { get; init; } = new() { Points = -5, Months = 12 };

    /// <summary>
    /// 较大、重大、特别重大责任事故: the table gives "grade D while it counts" and no points, so none are deducted
    /// (the grade is D whatever the score).
    /// </summary>
    public GradingRow LiabilityAccidentLargerOrAbove { get; init; } = new() { Points = 0, Months = 36 };

    /// <summary>瞒报、谎报事故 (liability or not): grade D while it counts, no points, like the row above.</summary>
    public GradingRow ConcealedAccident { get; init; } = new() { Points = 0, Months = 36 };

    /// <summary>失信承诺（违背承诺或虚假承诺）.</summary>
    public GradingRow CommitmentBreached { get; init; } = new() { Points = -10, Months = 12 };

    /// <summary>重大事故隐患逾期未整改.</summary>
    public GradingRow HazardNotRectified { get; init; } = new() { Points = -15, Months = 12 };

    /// <summary>表彰奖励.</summary>
    public GradingRow Commendation { get; init; } = new() { Points = 5, Months = 12 };

    /// <summary>按期履行承诺, per commitment; the row as a whole is capped by <see cref="CommitmentKeptCap"/>.</summary>
    public GradingRow CommitmentKept { get; init; } = new() { Points = 1, Months = 12 };

    /// <summary>The most the kept-commitment row can add in total.</summary>
    public int CommitmentKeptCap { get; init; } = 5;

    /// <summary>安全生产标准化一级.</summary>
    public int StandardisationLevel1Bonus { get; init; } = 10;

    /// <summary>安全生产标准化二级.</summary>
    public int StandardisationLevel2Bonus { get; init; } = 6;

    /// <summary>安全生产标准化三级.</summary>
    public int StandardisationLevel3Bonus { get; init; } = 3;

    /// <summary>安责险 valid on the evaluation date.</summary>
    public int LiabilityInsuranceBonus { get; init; } = 2;

    /// <summary>Lowest score graded A.</summary>
    public int GradeAMinimum { get; init; } = 90;

    /// <summary>Lowest score graded B.</summary>
    public int GradeBMinimum { get; init; } = 75;

    /// <summary>Lowest score graded C; below it is D.</summary>
    public int GradeCMinimum { get; init; } = 60;

    /// <summary>
    /// How much of its points a repaired record keeps, in percent, rounded toward zero: 50 ("half": −5 → −2, +1 → 0)
    /// in 2026.1; 0 makes repaired records count nothing, as a later rule version may decide.
    /// </summary>
    public int RepairedRecordPercent { get; init; } = 50;

    /// <summary>Which rows change the grade beyond their points. Fixed by the table, not configurable.</summary>
    public static GradeEffect EffectOf(GradingRowKind row) => row switch
    {
        GradingRowKind.LiabilityAccidentWithDeath => GradeEffect.CapsAtC,
        GradingRowKind.LiabilityAccidentLargerOrAbove or GradingRowKind.ConcealedAccident => GradeEffect.ForcesD,
        _ => GradeEffect.None,
    };

    public GradingRow RowFor(GradingRowKind row) => row switch
    {
        GradingRowKind.PenaltySummary => PenaltySummary,
        GradingRowKind.PenaltyGeneral => PenaltyGeneral,
        GradingRowKind.PenaltySuspensionOrLicence => PenaltySuspensionOrLicence,
        GradingRowKind.LiabilityAccidentWithDeath => LiabilityAccidentWithDeath,
        GradingRowKind.LiabilityAccidentWithSeriousInjury => LiabilityAccidentWithSeriousInjury,
        GradingRowKind.LiabilityAccidentPropertyLossOnly => LiabilityAccidentPropertyLossOnly,
        GradingRowKind.LiabilityAccidentLargerOrAbove => LiabilityAccidentLargerOrAbove,
        GradingRowKind.ConcealedAccident => ConcealedAccident,
        GradingRowKind.CommitmentBreached => CommitmentBreached,
        GradingRowKind.HazardNotRectified => HazardNotRectified,
        GradingRowKind.Commendation => Commendation,
        GradingRowKind.CommitmentKept => CommitmentKept,
        _ => throw new ArgumentOutOfRangeException(nameof(row), row, "该项不是按记录计分的规则行。"),
    };

    public int StandardisationBonus(StandardisationGrade grade) => grade switch
    {
        StandardisationGrade.None => 0,
        StandardisationGrade.Level1 => StandardisationLevel1Bonus,
        StandardisationGrade.Level2 => StandardisationLevel2Bonus,
        StandardisationGrade.Level3 => StandardisationLevel3Bonus,
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "未知的安全生产标准化等级。"),
    };

    public CreditGrade BandFor(CreditScore score) =>
        score.Value >= GradeAMinimum ? CreditGrade.A
        : score.Value >= GradeBMinimum ? CreditGrade.B
        : score.Value >= GradeCMinimum ? CreditGrade.C
        : CreditGrade.D;

    /// <summary>
    /// Configuration is bound without checks; the policy calls this once so that a wrong setting stops the
    /// grading with a Chinese message instead of producing grades nobody can explain.
    /// </summary>
    public void EnsureValid()
    {
        if (string.IsNullOrWhiteSpace(RuleVersion))
        {
            throw new DomainException("评分规则必须有版本号。");
        }

        foreach (var row in RecordRows)
        {
            var value = RowFor(row) ?? throw new DomainException($"评分规则缺少“{GradingRuleTexts.RowName(row)}”一行。");
            if (value.Months is <= 0 or > MaximumMonths)
            {
                throw new DomainException($"“{GradingRuleTexts.RowName(row)}”的计分期应在1至{MaximumMonths}个月之间。");
            }

            var isBonus = row is GradingRowKind.Commendation or GradingRowKind.CommitmentKept;
            if (isBonus ? value.Points < 0 : value.Points > 0)
            {
                throw new DomainException($"“{GradingRuleTexts.RowName(row)}”的分值方向错误：{(isBonus ? "加分项不能为负" : "扣分项不能为正")}。");
            }
        }

        if (CommitmentKeptCap < 0 || StandardisationLevel1Bonus < 0 || StandardisationLevel2Bonus < 0
            || StandardisationLevel3Bonus < 0 || LiabilityInsuranceBonus < 0)
        {
            throw new DomainException("加分项及其上限不能为负。");
        }

        if (!(GradeAMinimum <= CreditScore.Maximum && GradeAMinimum > GradeBMinimum
              && GradeBMinimum > GradeCMinimum && GradeCMinimum > CreditScore.Minimum))
        {
            throw new DomainException("等级分数线应满足 100 ≥ A > B > C > 0。");
        }

        if (RepairedRecordPercent is < 0 or > 100)
        {
            throw new DomainException("已修复记录的计分比例应在0%至100%之间。");
        }
    }

    /// <summary>The rows that apply to credit records, as opposed to the standardisation and insurance bonuses.</summary>
    public static IReadOnlyList<GradingRowKind> RecordRows { get; } =
    [
        GradingRowKind.PenaltySummary,
        GradingRowKind.PenaltyGeneral,
        GradingRowKind.PenaltySuspensionOrLicence,
        GradingRowKind.LiabilityAccidentWithDeath,
        GradingRowKind.LiabilityAccidentWithSeriousInjury,
        GradingRowKind.LiabilityAccidentPropertyLossOnly,
        GradingRowKind.LiabilityAccidentLargerOrAbove,
        GradingRowKind.ConcealedAccident,
        GradingRowKind.CommitmentBreached,
        GradingRowKind.HazardNotRectified,
        GradingRowKind.Commendation,
        GradingRowKind.CommitmentKept,
    ];
}
