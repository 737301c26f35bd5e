namespace FangchengCredit.Domain.Grading;

/// <summary>
/// 联合奖惩 check (plan 三(三), 四): which incentives and punishments apply to an enterprise given its grade today and
/// whether it is listed on 安全生产严重失信主体名单.
/// </summary>
public static class JointIncentivesAndPunishments
{
    private const string GradeAReason = "信用等级为A（守信）且未列入严重失信主体名单";
    private const string GradeDReason = "信用等级为D（严重失信）";
    private const string ListedReason = "已列入安全生产严重失信主体名单";

    public static JointMeasures Check(CreditGrade grade, bool isBlacklisted)
    {
        if (isBlacklisted)
        {
            // Listing outranks the grade: the listed set already contains everything a D brings, and nothing
            // an A would bring survives listing.
            return new JointMeasures(
                [],
                [
                    Measure(JointMeasureKind.KeySupervision, ListedReason),
                    Measure(JointMeasureKind.RaisedInspectionFrequency, ListedReason),
                    Measure(JointMeasureKind.Interview, ListedReason),
                    Measure(JointMeasureKind.MandatoryTraining, ListedReason),
                    Measure(JointMeasureKind.PrincipalsBarredFromHonours, ListedReason),
                    Measure(JointMeasureKind.NoGreenChannelOrToleranceAcceptance, ListedReason),
                    Measure(JointMeasureKind.PublicExposure, ListedReason),
                ]);
        }

        return grade switch
        {
            CreditGrade.A => new JointMeasures(
                [
                    Measure(JointMeasureKind.GreenChannel, GradeAReason),
                    Measure(JointMeasureKind.FewerInspections, GradeAReason),
                    Measure(JointMeasureKind.EmergencyProcurementPriority, GradeAReason),
                    Measure(JointMeasureKind.AwardRecommendation, GradeAReason),
                    Measure(JointMeasureKind.CreditFinancialServices, GradeAReason),
                ],
                []),
            CreditGrade.D => new JointMeasures(
                [],
                [
                    Measure(JointMeasureKind.KeySupervision, GradeDReason),
                    Measure(JointMeasureKind.RaisedInspectionFrequency, GradeDReason),
                ]),
            CreditGrade.B or CreditGrade.C => new JointMeasures([], []),
            _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "未知的信用等级。"),
        };
    }

    public static string ChineseName(this JointMeasureKind kind) => kind switch
    {
        JointMeasureKind.GreenChannel => "绿色通道",
        JointMeasureKind.FewerInspections => "减少检查频次",
        JointMeasureKind.EmergencyProcurementPriority => "应急物资采购优先",
        JointMeasureKind.AwardRecommendation => "评优推荐",
        JointMeasureKind.CreditFinancialServices => "信用金融服务",
        JointMeasureKind.KeySupervision => "重点监管",
        JointMeasureKind.RaisedInspectionFrequency => "提高检查频次",
        JointMeasureKind.Interview => "约谈",
        JointMeasureKind.MandatoryTraining => "强制培训",
        JointMeasureKind.PrincipalsBarredFromHonours => "法定代表人和主要负责人取消评优评先",
        JointMeasureKind.NoGreenChannelOrToleranceAcceptance => "不适用绿色通道和容缺受理",
        JointMeasureKind.PublicExposure => "公开曝光",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "未知的联合奖惩措施。"),
    };

    private static JointMeasure Measure(JointMeasureKind kind, string reason) => new(kind, kind.ChineseName(), reason);
}
