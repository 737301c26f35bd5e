using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Grading;

namespace FangchengCredit.Domain.Tests.Grading;

public class CreditScoreRange
{
    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void RefusesAValueOutsideZeroToHundred(int value)
    {
        Assert.Throws<DomainException>(() => new CreditScore(value));
    }

    [Theory]
    [InlineData(-30, 0)]
    [InlineData(0, 0)]
    [InlineData(59, 59)]
    [InlineData(100, 100)]
    [InlineData(117, 100)]
    public void ClampsARawSum(int raw, int expected)
    {
        Assert.Equal(expected, CreditScore.Clamp(raw).Value);
    }
}
