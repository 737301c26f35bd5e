using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

/// <summary>A later rule version may make repaired records count nothing instead of half.</summary>
public class GradingWhenRepairedRecordsCountNothing
{
    private static readonly GradingRules Rules = new() { RuleVersion = "2027.1", RepairedRecordPercent = 0 };

    [Fact]
    public void RepairedPenaltyDeductsNothingButIsStillExplained()
    {
        var facts = new GradingFactsBuilder()
            .WithSuspension(Day.Of(2026, 5, 1), CreditRecordStatus.Repaired)
            .WithGeneralPenalty(Day.Of(2026, 5, 1));

        var evaluation = Grader.Evaluate(facts, Day.Of(2026, 6, 1), Rules);

        Assert.Equal(95, evaluation.Score.Value);
        Assert.Equal("2027.1", evaluation.RuleVersion);
        var repaired = evaluation.Lines.Single(l => l.ReducedByRepair);
        Assert.Equal(0, repaired.Points);
        Assert.Equal("已信用修复，不计分", repaired.Note);
    }
}
