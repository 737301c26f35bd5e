namespace FangchengCredit.Domain.Grading;

/// <summary>
/// One line of an enterprise's grade history (信用评价记录): kept whenever the grade, the score or the rule version
/// changes, with the explanation as it stood, so the history can be shown and checked later. Derived data: never edited.
/// </summary>
public sealed class StoredCreditEvaluation
{
    public const int RuleVersionMaxLength = 20;

    public long Id { get; private set; }

    public long EnterpriseId { get; private set; }

    public DateOnly AsOf { get; private set; }

    public DateTime EvaluatedAtUtc { get; private set; }

    public int Score { get; private set; }

    public CreditGrade BandGrade { get; private set; }

    public CreditGrade Grade { get; private set; }

    public GradeOverride Override { get; private set; }

    public string RuleVersion { get; private set; } = string.Empty;

    public DateOnly? NextChange { get; private set; }

    public CreditGrade? NextChangeGrade { get; private set; }

    /// <summary>The explanation lines, as JSON.</summary>
    public string ExplanationJson { get; private set; } = "[]";

    private StoredCreditEvaluation() { }

    public static StoredCreditEvaluation From(long enterpriseId, CreditEvaluation evaluation, string explanationJson, DateTime evaluatedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return new StoredCreditEvaluation
        {
            EnterpriseId = enterpriseId,
            AsOf = evaluation.AsOf,
            EvaluatedAtUtc = evaluatedAtUtc,
            Score = evaluation.Score.Value,
            BandGrade = evaluation.BandGrade,
            Grade = evaluation.Grade,
            Override = evaluation.Override,
            RuleVersion = evaluation.RuleVersion,
            NextChange = evaluation.NextChange,
            NextChangeGrade = evaluation.NextChangeGrade,
            ExplanationJson = explanationJson,
        };
    }
}
