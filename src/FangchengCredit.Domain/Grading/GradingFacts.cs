namespace FangchengCredit.Domain.Grading;

/// <summary>
/// Everything the grading policy needs to know about one enterprise. The caller evaluates the time-dependent
/// facts that have no history here (standardisation held now, blacklist listing now) for the evaluation date.
/// </summary>
public sealed class GradingFacts
{
    public static GradingFacts None { get; } = new();

    /// <summary>
    /// The enterprise's credit records, whatever their status or date; the policy decides which count. Records that cannot
    /// count (<see cref="CreditGradingPolicy.CanEverCount"/>) may be left out: the evaluation is the same (decision 0018).
    /// </summary>
    public IReadOnlyList<CreditFact> Records { get; init; } = [];

    /// <summary>安全生产标准化等级 held on the evaluation date.</summary>
    public StandardisationGrade Standardisation { get; init; } = StandardisationGrade.None;

    /// <summary>安责险 cover end date (last covered day); null when uninsured.</summary>
    public DateOnly? LiabilityInsuranceValidUntil { get; init; }

    /// <summary>Listed on 安全生产严重失信主体名单 on the evaluation date.</summary>
    public bool IsBlacklisted { get; init; }
}
