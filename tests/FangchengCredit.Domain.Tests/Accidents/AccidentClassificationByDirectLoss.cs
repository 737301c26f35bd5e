using FangchengCredit.Domain.Accidents;

namespace FangchengCredit.Domain.Tests.Accidents;

public class AccidentClassificationByDirectLoss
{
    [Theory]
    [InlineData(0L, AccidentGrade.General)]
    [InlineData(9_999_999L, AccidentGrade.General)]
    [InlineData(10_000_000L, AccidentGrade.Larger)]
    [InlineData(49_999_999L, AccidentGrade.Larger)]
    [InlineData(50_000_000L, AccidentGrade.Major)]
    [InlineData(99_999_999L, AccidentGrade.Major)]
    [InlineData(100_000_000L, AccidentGrade.ExtraordinarilyMajor)]
    [InlineData(5_000_000_000L, AccidentGrade.ExtraordinarilyMajor)]
    public void GradesOnEachSideOfEveryThreshold(long directLossYuan, AccidentGrade expected)
    {
        Assert.Equal(expected, AccidentClassifier.Classify(deaths: 0, seriousInjuries: 0, directLossYuan));
    }
}
