using FangchengCredit.Domain.Grading;

namespace FangchengCredit.Domain.Tests.Grading;

public class CreditGradeLabelsAndOrder
{
    [Theory]
    [InlineData(CreditGrade.A, "守信", "A（守信）")]
    [InlineData(CreditGrade.B, "基本守信", "B（基本守信）")]
    [InlineData(CreditGrade.C, "失信风险", "C（失信风险）")]
    [InlineData(CreditGrade.D, "严重失信", "D（严重失信）")]
    public void CarryTheChineseLabel(CreditGrade grade, string label, string display)
    {
        Assert.Equal(label, grade.ChineseLabel());
        Assert.Equal(display, grade.DisplayName());
    }

    [Theory]
    [InlineData(CreditGrade.A, CreditGrade.C, CreditGrade.C)]
    [InlineData(CreditGrade.B, CreditGrade.C, CreditGrade.C)]
    [InlineData(CreditGrade.C, CreditGrade.C, CreditGrade.C)]
    [InlineData(CreditGrade.D, CreditGrade.C, CreditGrade.D)]
    public void TakeTheWorseOfTwo(CreditGrade grade, CreditGrade other, CreditGrade expected)
    {
        Assert.Equal(expected, grade.Worse(other));
    }

    [Fact]
    public void RankABest()
    {
        Assert.True(CreditGrade.A.IsBetterThan(CreditGrade.B));
        Assert.True(CreditGrade.D.IsWorseThan(CreditGrade.C));
        Assert.False(CreditGrade.B.IsWorseThan(CreditGrade.B));
    }
}
