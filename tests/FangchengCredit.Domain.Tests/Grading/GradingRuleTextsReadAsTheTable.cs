using FangchengCredit.Domain.Grading;

namespace FangchengCredit.Domain.Tests.Grading;

public class GradingRuleTextsReadAsTheTable
{
    [Theory]
    [InlineData(GradingRowKind.PenaltySummary, "简易程序行政处罚 −2，计3个月")]
    [InlineData(GradingRowKind.PenaltyGeneral, "一般程序行政处罚 −5，计1年")]
    [InlineData(GradingRowKind.PenaltySuspensionOrLicence, "责令停产停业、暂扣或吊销许可证照 −15，计3年")]
    [InlineData(GradingRowKind.LiabilityAccidentWithDeath, "一般责任事故（有人死亡） −20，计分期内等级最高为C，计1年")]
    [InlineData(GradingRowKind.LiabilityAccidentWithSeriousInjury, "一般责任事故（无人死亡，有人重伤） −10，计1年")]
    [InlineData(GradingRowKind.LiabilityAccidentPropertyLossOnly, "一般责任事故（仅财产损失） −5，计1年")]
    [InlineData(GradingRowKind.LiabilityAccidentLargerOrAbove, "较大及以上责任事故，计分期内等级为D，计3年")]
    [InlineData(GradingRowKind.ConcealedAccident, "瞒报、谎报事故，计分期内等级为D，计3年")]
    [InlineData(GradingRowKind.CommitmentBreached, "失信承诺（违背或虚假承诺） −10，计1年")]
    [InlineData(GradingRowKind.HazardNotRectified, "重大事故隐患逾期未整改 −15，计1年")]
    [InlineData(GradingRowKind.Commendation, "表彰奖励 +5，计1年")]
    [InlineData(GradingRowKind.CommitmentKept, "按期履行承诺 +1/项，本项最多 +5，计1年")]
    public void ForEveryRecordRowOf2026_1(GradingRowKind row, string expected)
    {
        Assert.Equal(expected, GradingRuleTexts.Describe(GradingRules.Default2026_1, row));
    }

    [Theory]
    [InlineData(StandardisationGrade.Level1, "安全生产标准化一级 +10，持有期间")]
    [InlineData(StandardisationGrade.Level2, "安全生产标准化二级 +6，持有期间")]
    [InlineData(StandardisationGrade.Level3, "安全生产标准化三级 +3，持有期间")]
    public void ForStandardisation(StandardisationGrade grade, string expected)
    {
        Assert.Equal(expected, GradingRuleTexts.DescribeStandardisation(GradingRules.Default2026_1, grade));
    }

    [Fact]
    public void ForInsurance()
    {
        Assert.Equal("安全生产责任保险在有效期内 +2", GradingRuleTexts.DescribeInsurance(GradingRules.Default2026_1));
    }

    [Fact]
    public void FollowConfiguredNumbers()
    {
        var rules = new GradingRules { PenaltyGeneral = new GradingRow { Points = -6, Months = 18 } };

        Assert.Equal("一般程序行政处罚 −6，计18个月", GradingRuleTexts.Describe(rules, GradingRowKind.PenaltyGeneral));
    }
}
