using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

public class GradingExplainsEachLine
{
    private static readonly DateOnly AsOf = Day.Of(2026, 6, 1);

    [Fact]
    public void NamesTheRecordItsPointsItsRuleAndItsLastDay()
    {
        var facts = new GradingFactsBuilder().WithRecord(CreditFact.Penalty(42, PenaltySeverity.General, Day.Of(2026, 3, 1)));

        var line = Assert.Single(Grader.Evaluate(facts, AsOf).Lines);

        Assert.Equal(42, line.RecordId);
        Assert.Equal(GradingRowKind.PenaltyGeneral, line.Row);
        Assert.Equal(-5, line.Points);
        Assert.Equal("一般程序行政处罚 −5，计1年", line.RuleText);
        Assert.Equal(Day.Of(2026, 3, 1), line.CountsFrom);
        Assert.Equal(Day.Of(2027, 2, 28), line.CountsUntil);
        Assert.Equal(GradeEffect.None, line.Effect);
        Assert.False(line.ReducedByRepair);
        Assert.Null(line.Note);
    }

    [Fact]
    public void ListsOnlyCountedRecordsInDateOrderThenBonuses()
    {
        var facts = new GradingFactsBuilder()
            .WithRecord(CreditFact.HazardNotRectified(7, Day.Of(2026, 4, 1)))
            .WithRecord(CreditFact.Penalty(3, PenaltySeverity.Summary, Day.Of(2026, 5, 20)))
            .WithRecord(CreditFact.Penalty(5, PenaltySeverity.General, Day.Of(2025, 2, 1)))
            .WithRecord(CreditFact.CommitmentBreached(9, Day.Of(2026, 2, 1), CreditRecordStatus.Voided))
            .WithRecord(CreditFact.Commendation(11, Day.Of(2026, 1, 10)))
            .WithStandardisation(StandardisationGrade.Level2)
            .WithInsuranceValidUntil(Day.Of(2026, 12, 31));

        var evaluation = Grader.Evaluate(facts, AsOf);

        Assert.Equal([11L, 7L, 3L, null, null], evaluation.Lines.Select(l => l.RecordId));
        Assert.Equal([5, -15, -2, 6, 2], evaluation.Lines.Select(l => l.Points));
        Assert.Equal(
            [Day.Of(2027, 1, 9), Day.Of(2027, 3, 31), Day.Of(2026, 8, 19), (DateOnly?)null, Day.Of(2026, 12, 31)],
            evaluation.Lines.Select(l => l.CountsUntil));
        // 100 + 5 − 15 − 2 + 6 + 2
        Assert.Equal(96, evaluation.Score.Value);
    }

    [Fact]
    public void MarksTheLinesThatChangeTheGrade()
    {
        var facts = new GradingFactsBuilder()
            .WithLiabilityAccident(Day.Of(2026, 3, 1), deaths: 1)
            .WithNonLiabilityAccident(Day.Of(2026, 4, 1), concealed: true);

        var evaluation = Grader.Evaluate(facts, AsOf);

        Assert.Equal([GradeEffect.CapsAtC, GradeEffect.ForcesD], evaluation.Lines.Select(l => l.Effect));
        Assert.Equal([Day.Of(2027, 2, 28), Day.Of(2029, 3, 31)], evaluation.Lines.Select(l => l.CountsUntil));
    }

    [Fact]
    public void ShowsStandardisationAsHeldWithoutAnEnd()
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder().WithStandardisation(StandardisationGrade.Level3), AsOf);

        var line = Assert.Single(evaluation.Lines);
        Assert.Null(line.RecordId);
        Assert.Null(line.CountsFrom);
        Assert.Null(line.CountsUntil);
        Assert.Equal("安全生产标准化三级 +3，持有期间", line.RuleText);
    }
}
