using FangchengCredit.Domain.Accidents;

namespace FangchengCredit.Domain.Tests.Accidents;

public class AccidentClassificationTakesTheHighestMeasure
{
    [Theory]
    [InlineData(0, 60, 0L, AccidentGrade.Major)]
    [InlineData(2, 9, 9_999_999L, AccidentGrade.General)]
    [InlineData(1, 0, 120_000_000L, AccidentGrade.ExtraordinarilyMajor)]
    [InlineData(3, 50, 0L, AccidentGrade.Major)]
    [InlineData(10, 10, 10_000_000L, AccidentGrade.Major)]
    [InlineData(2, 10, 0L, AccidentGrade.Larger)]
    [InlineData(30, 0, 0L, AccidentGrade.ExtraordinarilyMajor)]
    public void WhicheverMeasureReachesIt(int deaths, int seriousInjuries, long directLossYuan, AccidentGrade expected)
    {
        Assert.Equal(expected, AccidentClassifier.Classify(deaths, seriousInjuries, directLossYuan));
    }
}
