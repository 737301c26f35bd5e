namespace FangchengCredit.Domain.Grading;

/// <summary>
/// 信用评价结果: the grade on one date, with everything needed to explain and recompute it.
/// </summary>
public sealed record CreditEvaluation
{
    public required string RuleVersion { get; init; }

    public required DateOnly AsOf { get; init; }

    /// <summary>100 plus the points of every line, before clamping; kept so the explanation adds up.</summary>
    public required int UnclampedScore { get; init; }

    public required CreditScore Score { get; init; }

    /// <summary>The grade the score alone gives.</summary>
    public required CreditGrade BandGrade { get; init; }

    /// <summary>The grade after overrides: the one that is published and acted on.</summary>
    public required CreditGrade Grade { get; init; }

    public required GradeOverride Override { get; init; }

    public string? OverrideReason => Override.ChineseReason();

    public required IReadOnlyList<ExplanationLine> Lines { get; init; }

    /// <summary>
    /// The first day after <see cref="AsOf"/> on which the grade differs if nothing new is recorded
    /// (blacklist listing assumed unchanged); null if it never does.
    /// </summary>
    public DateOnly? NextChange { get; init; }

    /// <summary>The grade from <see cref="NextChange"/> on.</summary>
    public CreditGrade? NextChangeGrade { get; init; }

    /// <summary>
    /// The last day on which grading the same facts gives this very evaluation (score, grade, lines and forecast; only the day
    /// differs): the day before the next day some record starts or stops counting or the insurance cover ends. Null when no
    /// such day lies ahead. Lets a stored grade stand for every day up to it without being rewritten daily (decision 0016).
    /// </summary>
    public DateOnly? ValidThrough { get; init; }

    /// <summary><see cref="CreditGradingPolicy.FingerprintOf"/> of the facts evaluated: stored with the grade.</summary>
    public long FactsFingerprint { get; init; }
}
