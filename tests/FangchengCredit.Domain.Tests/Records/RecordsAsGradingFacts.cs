using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;
using FangchengCredit.Domain.Tests.Builders;
using static FangchengCredit.Domain.Tests.Records.RecordBuilders;

namespace FangchengCredit.Domain.Tests.Records;

/// <summary>Stored records become the facts the policy grades, with their details.</summary>
public class RecordsAsGradingFacts
{
    private static readonly CreditGradingPolicy Policy = new(GradingRules.Default2026_1);

    [Fact]
    public void AnAccidentCarriesItsCasualtiesAndFindings()
    {
        var accident = ReportedAccident(Accident(deaths: 1, concealed: true));

        var fact = accident.Record.ToFact(accident);

        Assert.Equal(CreditFactKind.Accident, fact.Kind);
        Assert.Equal(1, fact.Deaths);
        Assert.True(fact.IsLiability);
        Assert.True(fact.Concealed);
        Assert.Equal(Day.Of(2029, 2, 28), Policy.LastDayCounted(fact));
    }

    [Fact]
    public void APenaltyCountsByItsSeverity()
    {
        var penalty = DecidedPenalty(Penalty(PenaltyProcedure.Summary, "警告", fine: 0));

        var fact = penalty.Record.ToFact(penaltySeverity: penalty.Severity);

        Assert.Equal(CreditFactKind.PenaltySummary, fact.Kind);
        Assert.Equal(Day.Of(2026, 5, 31), Policy.LastDayCounted(fact));
    }

    [Fact]
    public void ACommendationIsAGoodRecordCountingAYear()
    {
        var record = CreditRecord.Commendation(7, null, Day.Of(2026, 1, 10), Today, "2025年度安全生产先进单位", "方政〔2026〕3号", "李明", Now);

        var fact = record.ToFact();

        Assert.Equal(RecordNature.Honest, record.Nature);
        Assert.Equal(CreditFactKind.Commendation, fact.Kind);
        Assert.Equal(Day.Of(2027, 1, 9), Policy.LastDayCounted(fact));
        Assert.Equal(105, Policy.Evaluate(new GradingFacts { Records = [fact] }, Today).UnclampedScore);
    }

    [Fact]
    public void ANonLiabilityAccidentCountsNowhere()
    {
        var accident = ReportedAccident(Accident(deaths: 1, liability: false));

        Assert.Null(Policy.LastDayCounted(accident.Record.ToFact(accident)));
    }

    [Fact]
    public void AnAccidentRecordWithoutItsDetailsCannotBeGraded()
    {
        var accident = ReportedAccident(Accident());

        Assert.Throws<DomainException>(() => accident.Record.ToFact());
    }
}
