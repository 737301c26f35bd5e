using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Grading;

namespace FangchengCredit.Domain.Tests.Grading;

public class SupervisionIntensityByGrade
{
    [Theory]
    [InlineData(CreditGrade.A, 5, "每年至多检查一次")]
    [InlineData(CreditGrade.B, 10, "每年检查一次")]
    [InlineData(CreditGrade.C, 30, "每年检查两次")]
    [InlineData(CreditGrade.D, 100, "至少每季度检查一次，重点监管")]
    public void FollowsTheDefaultTable(CreditGrade grade, int percent, string frequency)
    {
        var intensity = SupervisionIntensity.For(grade, isBlacklisted: false);

        Assert.Equal(new SupervisionIntensity(percent, frequency, RequiresInterview: false), intensity);
    }

    [Fact]
    public void ListedEnterpriseIsAlwaysInspectedAndInterviewed()
    {
        var intensity = SupervisionIntensity.For(CreditGrade.B, isBlacklisted: true);

        Assert.Equal(100, intensity.SamplingPercent);
        Assert.True(intensity.RequiresInterview);
        Assert.Equal("至少每季度检查一次，重点监管，并约谈主要负责人", intensity.Frequency);
    }

    [Fact]
    public void FollowsAConfiguredRatio()
    {
        var rules = new SupervisionRules { SamplingPercentB = 15 };

        Assert.Equal(15, SupervisionIntensity.For(CreditGrade.B, isBlacklisted: false, rules).SamplingPercent);
    }

    [Fact]
    public void RefusesARatioAboveHundred()
    {
        var rules = new SupervisionRules { SamplingPercentC = 130 };

        Assert.Throws<DomainException>(() => SupervisionIntensity.For(CreditGrade.C, isBlacklisted: false, rules));
    }
}
