namespace FangchengCredit.Domain.Grading;

/// <summary>
/// 当前信用等级: the latest evaluation of one enterprise, one row per enterprise, so that lists can show and filter
/// by grade without evaluating anything. Derived data. It stands for every day from <see cref="AsOf"/> through
/// <see cref="ValidThrough"/> (grading the same facts on those days gives the same result), so a regrading rewrites it only
/// when the result changes or the stretch has run out, not every day (decision 0016).
/// </summary>
public sealed class CurrentCreditGrade
{
    public long EnterpriseId { get; private set; }

    /// <summary>The day the stored result was evaluated for: the first day of the stretch it stands for.</summary>
    public DateOnly AsOf { get; private set; }

    /// <summary>The last day the stored result stands for if nothing new is recorded; null when it stands indefinitely.</summary>
    public DateOnly? ValidThrough { get; private set; }

    public DateTime EvaluatedAtUtc { get; private set; }

    public int Score { get; private set; }

    public CreditGrade BandGrade { get; private set; }

    public CreditGrade Grade { get; private set; }

    public GradeOverride Override { get; private set; }

    public string RuleVersion { get; private set; } = string.Empty;

    public DateOnly? NextChange { get; private set; }

    public CreditGrade? NextChangeGrade { get; private set; }

    public string ExplanationJson { get; private set; } = "[]";

    /// <summary><see cref="StoredGradeResult.HashOf"/> of the lines <see cref="ExplanationJson"/> renders: compared instead of the text.</summary>
    public long ExplanationHash { get; private set; }

    /// <summary><see cref="CreditGradingPolicy.FingerprintOf"/> of the facts this grade was evaluated from.</summary>
    public long FactsFingerprint { get; private set; }

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
        if (Matches(evaluation)) return false;
        var gradeChanged = evaluation.Grade != Grade;
        var changed = gradeChanged || evaluation.Score.Value != Score || evaluation.RuleVersion != RuleVersion;
        if (gradeChanged) GradeSince = evaluation.AsOf;
        Apply(evaluation, explanationJson, evaluatedAtUtc);
        return changed;
    }

    /// <summary>
    /// Whether the stored grade already is this evaluation (then <see cref="Update"/> changes nothing): its day lies in the
    /// stretch the stored result stands for, and the result is the same. On a new day most grades match and nothing is written.
    /// </summary>
    public bool Matches(CreditEvaluation e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Result.Matches(e, StoredGradeResult.HashOf(e.Lines));
    }

    /// <summary>Whether the stored result is the grade of <paramref name="day"/> (unless facts changed since it was evaluated).</summary>
    public bool HoldsOn(DateOnly day) => Result.HoldsOn(day);

    /// <summary>
    /// The day to show the grade as of: <paramref name="today"/> while the stored result stands for it (it is today's grade,
    /// though evaluated for an earlier day of its stretch), otherwise the day it was evaluated for.
    /// </summary>
    public DateOnly ShownAsOf(DateOnly today) => HoldsOn(today) ? today : AsOf;

    /// <summary>What a new evaluation is compared with.</summary>
    public StoredGradeResult Result =>
        new(AsOf, ValidThrough, Score, BandGrade, Grade, Override, RuleVersion, NextChange, NextChangeGrade, ExplanationHash, FactsFingerprint);

    private void Apply(CreditEvaluation evaluation, string explanationJson, DateTime evaluatedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        AsOf = evaluation.AsOf;
        ValidThrough = evaluation.ValidThrough;
        EvaluatedAtUtc = evaluatedAtUtc;
        Score = evaluation.Score.Value;
        BandGrade = evaluation.BandGrade;
        Grade = evaluation.Grade;
        Override = evaluation.Override;
        RuleVersion = evaluation.RuleVersion;
        NextChange = evaluation.NextChange;
        NextChangeGrade = evaluation.NextChangeGrade;
        ExplanationJson = explanationJson;
        // The JSON is the caller's rendering of these lines (a format of the web layer's): the hash is of the lines themselves.
        ExplanationHash = StoredGradeResult.HashOf(evaluation.Lines);
        FactsFingerprint = evaluation.FactsFingerprint;
    }
}
