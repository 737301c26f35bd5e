using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Licensing;

/// <summary>
/// 容缺受理限制: after a breached or false commitment the enterprise may not use 容缺受理 (nor 告知承诺) until <see cref="Until"/> (inclusive).
/// </summary>
public sealed class DeficiencyBan
{
    public const int ReasonMaxLength = 500;

    public long Id { get; private set; }

    public long EnterpriseId { get; private set; }

    public long CommitmentId { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly Until { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    private DeficiencyBan() { }

    /// <summary>A ban of <paramref name="months"/> starting on <paramref name="from"/>: 2026-10-19 + 12 months → until 2027-10-18.</summary>
    public static DeficiencyBan Impose(long enterpriseId, long commitmentId, DateOnly from, int months, string reason)
    {
        if (months < 0) throw new DomainException("限制期不能为负数");
        var trimmed = reason?.Trim() ?? string.Empty;
        if (trimmed.Length == 0) throw new DomainException("请说明限制原因");
        if (trimmed.Length > ReasonMaxLength) trimmed = trimmed[..ReasonMaxLength];
        return new DeficiencyBan
        {
            EnterpriseId = enterpriseId, CommitmentId = commitmentId, From = from, Until = from.AddMonths(months).AddDays(-1), Reason = trimmed,
        };
    }

    public bool IsActiveOn(DateOnly day) => From <= day && day <= Until;
}
