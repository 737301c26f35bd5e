using FangchengCredit.Domain.Grading;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static FangchengCredit.Web.Tests.Credit.CreditTestData;

namespace FangchengCredit.Web.Tests.Credit;

/// <summary>The grading table binds from configuration section "Grading" over 2026.1; a wrong table stops the start-up.</summary>
public sealed class GradingConfigurationBinding
{
    private sealed class ConfiguredFactory(params (string Key, string Value)[] settings) : CreditPortalFactory
    {
        protected override IEnumerable<(string Key, string Value)> ExtraSettings => settings;
    }

    [Fact]
    public void WithoutSettingsThePublishedTableApplies()
    {
        using var factory = new CreditPortalFactory();

        var rules = factory.Services.GetRequiredService<IOptions<GradingRules>>().Value;

        Assert.Equal("2026.1", rules.RuleVersion);
        Assert.Equal(-5, rules.PenaltyGeneral.Points);
        Assert.Equal(12, rules.PenaltyGeneral.Months);
        Assert.Equal(90, rules.GradeAMinimum);
        Assert.Same(rules, factory.Services.GetRequiredService<CreditGradingPolicy>().Rules);
    }

    [Fact]
    public async Task AChangedTableUnderANewVersionIsUsedForGrading()
    {
        using var factory = new ConfiguredFactory(
            ("Grading:RuleVersion", "2027.1"), ("Grading:PenaltyGeneral:Points", "-8"), ("Grading:PenaltyGeneral:Months", "6"));
        var id = await factory.NewEnterpriseAsync();

        await factory.RecordPenaltyAsync(id, Today.AddDays(-1));

        var current = await factory.CurrentGradeAsync(id);
        Assert.Equal(92, current.Score);
        Assert.Equal("2027.1", current.RuleVersion);
        Assert.Contains("一般程序行政处罚 −8，计6个月", current.ExplanationJson, StringComparison.Ordinal);
        // Binding works on a copy: the published table itself is untouched.
        Assert.Equal(-5, GradingRules.Default2026_1.PenaltyGeneral.Points);
    }

    [Theory]
    [InlineData("Grading:GradeAMinimum", "120", "等级分数线应满足 100 ≥ A > B > C > 0。")]
    [InlineData("Grading:Commendation:Points", "-5", "“表彰奖励”的分值方向错误")]
    [InlineData("Grading:PenaltySummary:Months", "0", "计分期应在1至120个月之间")]
    [InlineData("Grading:PenaltyGeneral:Points", "-8", "请同时修改规则版本号")]
    [InlineData("PublicationPeriods:SeriousMonths", "48", "严重失信公示期应在12至36个月之间")]
    public void ABadTableIsRefusedAtStartUp(string key, string value, string message)
    {
        using var factory = new ConfiguredFactory((key, value));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var messages = string.Join(" | ", Flatten(error).Select(e => e.Message));
        Assert.Contains(message, messages, StringComparison.Ordinal);
        Assert.Contains(Flatten(error), e => e is OptionsValidationException);
    }

    private static IEnumerable<Exception> Flatten(Exception e)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            yield return current;
            if (current is AggregateException aggregate)
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten)) yield return inner;
        }
    }
}
