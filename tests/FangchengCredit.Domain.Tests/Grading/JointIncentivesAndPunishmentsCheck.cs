using FangchengCredit.Domain.Grading;

namespace FangchengCredit.Domain.Tests.Grading;

public class JointIncentivesAndPunishmentsCheck
{
    [Fact]
    public void GradeANotListedEarnsEveryIncentiveAndNoPunishment()
    {
        var measures = JointIncentivesAndPunishments.Check(CreditGrade.A, isBlacklisted: false);

        Assert.Equal(["绿色通道", "减少检查频次", "应急物资采购优先", "评优推荐", "信用金融服务"], measures.Incentives.Select(m => m.Name));
        Assert.All(measures.Incentives, m => Assert.Equal("信用等级为A（守信）且未列入严重失信主体名单", m.Reason));
        Assert.Empty(measures.Punishments);
    }

    [Theory]
    [InlineData(CreditGrade.B)]
    [InlineData(CreditGrade.C)]
    public void MiddleGradesGetNeither(CreditGrade grade)
    {
        var measures = JointIncentivesAndPunishments.Check(grade, isBlacklisted: false);

        Assert.Empty(measures.Incentives);
        Assert.Empty(measures.Punishments);
    }

    [Fact]
    public void GradeDIsSupervisedClosely()
    {
        var measures = JointIncentivesAndPunishments.Check(CreditGrade.D, isBlacklisted: false);

        Assert.Empty(measures.Incentives);
        Assert.Equal(["重点监管", "提高检查频次"], measures.Punishments.Select(m => m.Name));
        Assert.All(measures.Punishments, m => Assert.Equal("信用等级为D（严重失信）", m.Reason));
    }

    [Theory]
    [InlineData(CreditGrade.A)]
    [InlineData(CreditGrade.D)]
    public void ListingBringsEveryJointPunishmentAndNoIncentive(CreditGrade grade)
    {
        var measures = JointIncentivesAndPunishments.Check(grade, isBlacklisted: true);

        Assert.Empty(measures.Incentives);
        Assert.Equal(
            ["重点监管", "提高检查频次", "约谈", "强制培训", "法定代表人和主要负责人取消评优评先", "不适用绿色通道和容缺受理", "公开曝光"],
            measures.Punishments.Select(m => m.Name));
        Assert.All(measures.Punishments, m => Assert.Equal("已列入安全生产严重失信主体名单", m.Reason));
    }
}
