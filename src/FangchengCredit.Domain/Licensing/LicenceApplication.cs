using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Grading;

namespace FangchengCredit.Domain.Licensing;

/// <summary>
/// A licence application (行政许可申请) with its commitment mode. Eligibility for 告知承诺/容缺受理 is checked before it is accepted;
/// the green channel (绿色通道) is fixed at acceptance from the applicant's grade.
/// </summary>
public sealed class LicenceApplication
{
    public const int ReasonMaxLength = 500;

    public long Id { get; private set; }

    public long EnterpriseId { get; private set; }

    public int LicenceTypeId { get; private set; }

    public DateOnly AcceptedOn { get; private set; }

    public CommitmentMode Mode { get; private set; }

    public long? CommitmentId { get; private set; }

    public Commitment? Commitment { get; private set; }

    /// <summary>绿色通道: grade A and not listed on the day of acceptance.</summary>
    public bool GreenChannel { get; private set; }

    /// <summary>The applicant's credit grade on the day of acceptance (for the statistics by grade).</summary>
    public CreditGrade? ApplicantGrade { get; private set; }

    /// <summary>法定办结期限: the statutory limit in working days from acceptance.</summary>
    public DateOnly StatutoryDeadline { get; private set; }

    /// <summary>The bureau's own target: shorter for the green channel.</summary>
    public DateOnly TargetDate { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string? DecisionReason { get; private set; }

    public long? LicenceId { get; private set; }

    public int Version { get; private set; }

    private readonly List<ApplicationMaterial> _materials = [];

    /// <summary>The materials checklist: what was received at acceptance and what is missing.</summary>
    public IReadOnlyCollection<ApplicationMaterial> Materials => _materials.AsReadOnly();

    private LicenceApplication() { }

    /// <summary>Records the materials checklist (once, at acceptance). The owed items of a 容缺 commitment are listed as missing.</summary>
    public void ListMaterials(IEnumerable<string> received, IEnumerable<string> missing)
    {
        ArgumentNullException.ThrowIfNull(received);
        ArgumentNullException.ThrowIfNull(missing);
        EnsureUnderReview();
        if (_materials.Count > 0) throw new DomainException("材料清单已登记");
        foreach (var name in received) _materials.Add(new ApplicationMaterial(name, true));
        foreach (var name in missing) _materials.Add(new ApplicationMaterial(name, false));
        if (_materials.Select(m => m.Name).Distinct().Count() != _materials.Count) throw new DomainException("材料名称不能重复");
    }

    /// <summary>Ticks a missing material once staff verified it (the matching 容缺 item).</summary>
    public void MarkMaterialReceived(string name)
    {
        if (_materials.SingleOrDefault(m => m.Name == name && !m.Received) is { } material) material.MarkReceived();
    }

    public static LicenceApplication Accept(
        long enterpriseId, int licenceTypeId, DateOnly acceptedOn, CommitmentEligibility eligibility, Commitment? commitment,
        DateOnly statutoryDeadline, DateOnly greenChannelTarget, CreditGrade? applicantGrade = null)
    {
        ArgumentNullException.ThrowIfNull(eligibility);
        var mode = commitment?.Mode ?? CommitmentMode.None;
        if (!eligibility.Allows(mode))
            throw new DomainException("申请人不符合信用承诺办理条件：" + string.Join("；", eligibility.Reasons.Select(r => r.Message)));
        if (commitment is not null && commitment.EnterpriseId != enterpriseId) throw new DomainException("承诺人与申请人不一致");
        if (statutoryDeadline < acceptedOn) throw new DomainException("办结期限不能早于受理日期");
        return new LicenceApplication
        {
            EnterpriseId = enterpriseId,
            LicenceTypeId = licenceTypeId,
            AcceptedOn = acceptedOn,
            Mode = mode,
            Commitment = commitment,
            GreenChannel = eligibility.GreenChannel,
            ApplicantGrade = applicantGrade,
            StatutoryDeadline = statutoryDeadline,
            TargetDate = eligibility.GreenChannel && greenChannelTarget < statutoryDeadline ? greenChannelTarget : statutoryDeadline,
            Status = ApplicationStatus.UnderReview,
        };
    }

    /// <summary>准予许可. A 容缺受理 application can only be approved once every owed item has arrived (the commitment is kept).</summary>
    public void Approve(DateOnly on, long licenceId)
    {
        EnsureUnderReview();
        if (Mode == CommitmentMode.AcceptWithDeficiencies && Commitment?.Status != CommitmentStatus.Kept)
            throw new DomainException("容缺材料尚未补齐，不能作出准予许可决定");
        if (Mode == CommitmentMode.NotifyAndCommit && Commitment?.Status == CommitmentStatus.Pending)
            Commitment.MarkKeptOnDecision(on);
        Status = ApplicationStatus.Approved;
        DecidedOn = on;
        LicenceId = licenceId;
    }

    public void Refuse(DateOnly on, string reason)
    {
        EnsureUnderReview();
        Status = ApplicationStatus.Refused;
        DecidedOn = on;
        DecisionReason = RequireReason(reason, "请填写不予许可的理由");
    }

    /// <summary>终止办理: the consequence of a breached or false commitment before a decision.</summary>
    public void Terminate(DateOnly on, string reason)
    {
        EnsureUnderReview();
        Status = ApplicationStatus.Terminated;
        DecidedOn = on;
        DecisionReason = RequireReason(reason, "请填写终止办理的原因");
    }

    private void EnsureUnderReview()
    {
        if (Status != ApplicationStatus.UnderReview) throw new DomainException("该申请已办结");
    }

    private static string RequireReason(string? reason, string message)
    {
        var trimmed = reason?.Trim() ?? string.Empty;
        if (trimmed.Length == 0) throw new DomainException(message);
        if (trimmed.Length > ReasonMaxLength) throw new DomainException($"理由不能超过 {ReasonMaxLength} 个字符");
        return trimmed;
    }
}
