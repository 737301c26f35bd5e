namespace FangchengCredit.Domain.Grading;

/// <summary>
/// 当前信用等级: the latest evaluation of one enterprise, one row per enterprise, so that lists can show and filter
/// by grade without evaluating anything. Rewritten by every regrading; derived data.
/// </summary>
public sealed class CurrentCreditGrade
{
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

    public string ExplanationJson { get; private set; } = "[]";

    /// <summary>The day the grade last changed (the first evaluation counts as a change).</summary>
    public DateOnly GradeSince { get; private set; }

    private CurrentCreditGrade() { }

    public static CurrentCreditGrade First(long enterpriseId, CreditEvaluation evaluation, string explanationJson, DateTime evaluatedAtUtc)
    {
        var current = new CurrentCreditGrade { EnterpriseId = enterpriseId, GradeSince = evaluation.AsOf };
        current.Apply(evaluation, explanationJson, evaluatedAtUtc);
        return current;
    }

    /// <summary>
    /// Takes a new evaluation; returns true when the grade, the score or the rule version changed, i.e. when the history
    /// needs a new line. An evaluation identical to the stored one changes nothing at all (not even the time), so
    /// regrading an unchanged enterprise writes nothing.
    /// </summary>
    public bool Update(CreditEvaluation evaluation, string explanationJson, DateTime evaluatedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        if (Matches(evaluation, explanationJson)) return false;
        var gradeChanged = evaluation.Grade != Grade;
        var changed = gradeChanged || evaluation.Score.Value != Score || evaluation.RuleVersion != RuleVersion;
        if (gradeChanged) GradeSince = evaluation.AsOf;
        Apply(evaluation, explanationJson, evaluatedAtUtc);
        return changed;
    }

    /// <summary>
    /// Whether the stored grade already is this evaluation (then <see cref="Update"/> changes nothing): lets a regrading
    /// read the grades untracked and attach only those that change.
    /// </summary>
    public bool Matches(CreditEvaluation e, string explanationJson)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.AsOf == AsOf && HasSameResult(e, explanationJson);
    }

    /// <summary>
    /// Whether the evaluation differs from the stored grade in its day alone (a new day, nothing else changed): then
    /// <see cref="Update"/> would only move <see cref="AsOf"/> to the evaluation's day and <see cref="EvaluatedAtUtc"/> to the
    /// time, add no history and keep <see cref="GradeSince"/>, so a regrading can write those two columns for many grades at once.
    /// </summary>
    public bool MatchesButForTheDay(CreditEvaluation e, string explanationJson)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.AsOf != AsOf && HasSameResult(e, explanationJson);
    }

    private bool HasSameResult(CreditEvaluation e, string explanationJson) =>
        e.Score.Value == Score && e.BandGrade == BandGrade && e.Grade == Grade && e.Override == Override
        && e.RuleVersion == RuleVersion && e.NextChange == NextChange && e.NextChangeGrade == NextChangeGrade
        && explanationJson == ExplanationJson;

    private void Apply(CreditEvaluation evaluation, string explanationJson, DateTime evaluatedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        AsOf = evaluation.AsOf;
        EvaluatedAtUtc = evaluatedAtUtc;
        Score = evaluation.Score.Value;
        BandGrade = evaluation.BandGrade;
        Grade = evaluation.Grade;
        Override = evaluation.Override;
        RuleVersion = evaluation.RuleVersion;
        NextChange = evaluation.NextChange;
        NextChangeGrade = evaluation.NextChangeGrade;
        ExplanationJson = explanationJson;
    }
}
