using FangchengCredit.Domain.Accidents;

namespace FangchengCredit.Domain.Tests.Accidents;

public class AccidentClassificationBySeriousInjuries
{
    [Theory]
    [InlineData(0, AccidentGrade.General)]
    [InlineData(9, AccidentGrade.General)]
    [InlineData(10, AccidentGrade.Larger)]
    [InlineData(49, AccidentGrade.Larger)]
    [InlineData(50, AccidentGrade.Major)]
    [InlineData(99, AccidentGrade.Major)]
    [InlineData(100, AccidentGrade.ExtraordinarilyMajor)]
    public void GradesOnEachSideOfEveryThreshold(int seriousInjuries, AccidentGrade expected)
    {
        Assert.Equal(expected, AccidentClassifier.Classify(deaths: 0, seriousInjuries, directLossYuan: 0));
    }
}
