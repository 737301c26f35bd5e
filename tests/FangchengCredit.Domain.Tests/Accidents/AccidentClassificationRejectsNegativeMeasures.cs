using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Tests.Accidents;

public class AccidentClassificationRejectsNegativeMeasures
{
    [Theory]
    [InlineData(-1, 0, 0L)]
    [InlineData(0, -1, 0L)]
    [InlineData(0, 0, -1L)]
    public void ThrowsForAnyNegativeMeasure(int deaths, int seriousInjuries, long directLossYuan)
    {
        Assert.Throws<DomainException>(() => AccidentClassifier.Classify(deaths, seriousInjuries, directLossYuan));
    }
}
