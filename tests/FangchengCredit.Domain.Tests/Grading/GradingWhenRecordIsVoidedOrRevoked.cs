using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

public class GradingWhenRecordIsVoidedOrRevoked
{
    private static readonly DateOnly RecordDate = Day.Of(2026, 5, 1);
    private static readonly DateOnly AsOf = Day.Of(2026, 6, 1);

    [Theory]
    [InlineData(CreditRecordStatus.Voided)]
    [InlineData(CreditRecordStatus.Revoked)]
    public void PenaltyNeverCounts(CreditRecordStatus status)
    {
        var evaluation = Grader.Evaluate(new GradingFactsBuilder().WithUnrectifiedHazard(RecordDate, status), AsOf);

        Assert.Equal(100, evaluation.Score.Value);
        Assert.Empty(evaluation.Lines);
    }

    [Theory]
    [InlineData(CreditRecordStatus.Voided)]
    [InlineData(CreditRecordStatus.Revoked)]
    public void SeriousAccidentNeverForcesD(CreditRecordStatus status)
    {
        var facts = new GradingFactsBuilder()
            .WithLiabilityAccident(RecordDate, deaths: 12, grade: AccidentGrade.Major, concealed: true, status: status);

        Assert.Equal(CreditGrade.A, Grader.Evaluate(facts, AsOf).Grade);
    }

    [Theory]
    [InlineData(CreditRecordStatus.Voided)]
    [InlineData(CreditRecordStatus.Revoked)]
    public void CommendationNeverAdds(CreditRecordStatus status)
    {
        var facts = new GradingFactsBuilder().WithUnrectifiedHazard(RecordDate).WithCommendation(RecordDate, status);

        Assert.Equal(85, Grader.Evaluate(facts, AsOf).Score.Value);
    }
}
