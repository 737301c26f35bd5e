using FangchengCredit.Domain.Accidents;

namespace FangchengCredit.Domain.Tests.Accidents;

public class AccidentGradeChineseNames
{
    [Theory]
    [InlineData(AccidentGrade.General, "一般")]
    [InlineData(AccidentGrade.Larger, "较大")]
    [InlineData(AccidentGrade.Major, "重大")]
    [InlineData(AccidentGrade.ExtraordinarilyMajor, "特别重大")]
    public void AreTheTermsOfOrder493(AccidentGrade grade, string expected)
    {
        Assert.Equal(expected, grade.ChineseName());
    }

    [Fact]
    public void RankGradesBySeverity()
    {
        Assert.True(AccidentGrade.General < AccidentGrade.Larger);
        Assert.True(AccidentGrade.Larger < AccidentGrade.Major);
        Assert.True(AccidentGrade.Major < AccidentGrade.ExtraordinarilyMajor);
    }
}
