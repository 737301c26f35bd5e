using FangchengCredit.Domain.Grading;

namespace FangchengCredit.Domain.Licensing;

/// <summary>Which commitment modes an applicant may use today, and every reason it may not.</summary>
public sealed record CommitmentEligibility(bool IsEligible, IReadOnlyList<IneligibilityReason> Reasons, bool GreenChannel)
{
    public bool Allows(CommitmentMode mode) => mode == CommitmentMode.None || IsEligible;
}

/// <summary>
/// Decides 告知承诺 / 容缺受理 eligibility (domain.md §7, issue: grade A or B, not listed, no breached or false commitment
/// in the last year, no active 容缺 ban) and the green channel (§9: grade A and not listed). Pure: facts and a date in, answer out.
/// </summary>
public sealed class CommitmentEligibilityPolicy(LicensingRules rules)
{
    public LicensingRules Rules { get; } = rules ?? throw new ArgumentNullException(nameof(rules));

    public CommitmentEligibility Evaluate(EligibilityFacts facts, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var reasons = new List<IneligibilityReason>();
        if (facts.Grade.IsWorseThan(Rules.WorstGradeForCommitment))
            reasons.Add(new(IneligibilityKind.GradeTooLow, $"信用等级为 {facts.Grade.DisplayName()}，需 {Rules.WorstGradeForCommitment} 级及以上"));
        if (facts.IsBlacklisted)
            reasons.Add(new(IneligibilityKind.Blacklisted, "已列入安全生产严重失信主体名单"));
        // Same window rule as grading: a breach dated d bars on days d ≤ asOf < d + lookback.
        var recent = facts.BreachedCommitmentDates.Where(d => d <= asOf && asOf < d.AddMonths(Rules.BreachLookbackMonths)).ToList();
        if (recent.Count > 0)
            reasons.Add(new(IneligibilityKind.RecentBreachedCommitment,
                $"近{Rules.BreachLookbackMonths}个月内有失信承诺记录（{recent.Max():yyyy-MM-dd}）"));
        if (facts.DeficiencyBanUntil is { } until && asOf <= until)
            reasons.Add(new(IneligibilityKind.DeficiencyBan, $"处于容缺受理限制期内（至 {until:yyyy-MM-dd}）"));
        var green = facts.Grade == CreditGrade.A && !facts.IsBlacklisted;
        return new CommitmentEligibility(reasons.Count == 0, reasons, green);
    }
}
