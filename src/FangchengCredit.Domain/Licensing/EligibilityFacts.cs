using FangchengCredit.Domain.Grading;

namespace FangchengCredit.Domain.Licensing;

/// <summary>What the bureau knows of an applicant on the day it applies.</summary>
public sealed record EligibilityFacts
{
    public required CreditGrade Grade { get; init; }

    /// <summary>On the 严重失信主体名单 today.</summary>
    public bool IsBlacklisted { get; init; }

    /// <summary>Dates of breached or false commitments (失信承诺) on file, any age.</summary>
    public IReadOnlyList<DateOnly> BreachedCommitmentDates { get; init; } = [];

    /// <summary>Last day of a 容缺 ban, if one was ever imposed.</summary>
    public DateOnly? DeficiencyBanUntil { get; init; }
}
