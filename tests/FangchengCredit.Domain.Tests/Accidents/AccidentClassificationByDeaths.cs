using FangchengCredit.Domain.Accidents;

namespace FangchengCredit.Domain.Tests.Accidents;

public class AccidentClassificationByDeaths
{
    [Theory]
    [InlineData(0, AccidentGrade.General)]
    [InlineData(2, AccidentGrade.General)]
    [InlineData(3, AccidentGrade.Larger)]
    [InlineData(9, AccidentGrade.Larger)]
    [InlineData(10, AccidentGrade.Major)]
    [InlineData(29, AccidentGrade.Major)]
    [InlineData(30, AccidentGrade.ExtraordinarilyMajor)]
    [InlineData(31, AccidentGrade.ExtraordinarilyMajor)]
    public void GradesOnEachSideOfEveryThreshold(int deaths, AccidentGrade expected)
    {
        Assert.Equal(expected, AccidentClassifier.Classify(deaths, seriousInjuries: 0, directLossYuan: 0));
    }
}
