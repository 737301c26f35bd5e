using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

public class GradingFactsValidation
{
    [Fact]
    public void RefusesTheSameRecordTwice()
    {
        var facts = new GradingFacts
        {
            Records =
            [
                CreditFact.Penalty(1, PenaltySeverity.General, Day.Of(2026, 3, 1)),
                CreditFact.Penalty(1, PenaltySeverity.General, Day.Of(2026, 3, 1)),
            ],
        };

        Assert.Throws<DomainException>(() => new CreditGradingPolicy(GradingRules.Default2026_1).Evaluate(facts, Day.Of(2026, 6, 1)));
    }

    [Theory]
    [InlineData(3, 0)]
    [InlineData(0, 10)]
    public void RefusesAnAccidentGradedBelowItsCasualties(int deaths, int seriousInjuries)
    {
        Assert.Throws<DomainException>(() =>
            CreditFact.Accident(1, Day.Of(2026, 3, 1), AccidentGrade.General, isLiability: true, deaths, seriousInjuries, concealed: false));
    }

    [Fact]
    public void AcceptsAnAccidentGradedAboveItsCasualties()
    {
        // A 较大 grade with no casualties comes from the direct loss, which grading does not need to know.
        var accident = CreditFact.Accident(1, Day.Of(2026, 3, 1), AccidentGrade.Larger, isLiability: true, 0, 0, concealed: false);

        Assert.Equal(AccidentGrade.Larger, accident.AccidentGrade);
    }

    [Fact]
    public void RefusesNegativeCasualties()
    {
        Assert.Throws<DomainException>(() =>
            CreditFact.Accident(1, Day.Of(2026, 3, 1), AccidentGrade.General, isLiability: true, -1, 0, concealed: false));
    }

    [Fact]
    public void KeepsEverythingButTheStatusWhenTheStatusChanges()
    {
        var accident = CreditFact.Accident(4, Day.Of(2026, 3, 1), AccidentGrade.General, isLiability: true, 1, 2, concealed: true);

        var repaired = accident.WithStatus(CreditRecordStatus.Repaired);

        Assert.Equal(CreditRecordStatus.Repaired, repaired.Status);
        Assert.Equal((4L, CreditFactKind.Accident, Day.Of(2026, 3, 1), 1, 2, true, true),
            (repaired.RecordId, repaired.Kind, repaired.Date, repaired.Deaths, repaired.SeriousInjuries, repaired.Concealed, repaired.IsLiability));
    }
}
