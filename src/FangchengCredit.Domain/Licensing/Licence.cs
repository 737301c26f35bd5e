using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Licensing;

/// <summary>
/// An issued licence (行政许可决定) with the 双公示 fields it is published with. Revocation after a broken commitment is proposed by
/// staff or the daily job and confirmed by a section chief who did not propose it.
/// </summary>
public sealed class Licence
{
    public long Id { get; private set; }

    public long EnterpriseId { get; private set; }

    public int LicenceTypeId { get; private set; }

    /// <summary>许可编号 (unique).</summary>
    public string Number { get; private set; } = string.Empty;

    /// <summary>行政相对人名称.</summary>
    public string HolderName { get; private set; } = string.Empty;

    /// <summary>类别: 法人及非法人组织 / 自然人 / 个体工商户.</summary>
    public string HolderCategory { get; private set; } = LicenceHolder.LegalEntity;

    /// <summary>统一社会信用代码.</summary>
    public string HolderCode { get; private set; } = string.Empty;

    /// <summary>法定代表人.</summary>
    public string LegalRepresentative { get; private set; } = string.Empty;

    /// <summary>决定文书名称.</summary>
    public string DecisionDocumentName { get; private set; } = string.Empty;

    /// <summary>许可类别 (普通 / 特许 / 认可 / 核准 / 登记 / 其他).</summary>
    public string LicenceCategory { get; private set; } = "普通";

    /// <summary>许可证书名称.</summary>
    public string CertificateName { get; private set; } = string.Empty;

    /// <summary>许可机关.</summary>
    public string Authority { get; private set; } = string.Empty;

    /// <summary>许可机关统一社会信用代码.</summary>
    public string AuthorityCode { get; private set; } = string.Empty;

    /// <summary>数据来源单位.</summary>
    public string DataSource { get; private set; } = string.Empty;

    /// <summary>决定文书号</summary>
    public string DecisionDocumentNumber { get; private set; } = string.Empty;

    /// <summary>许可内容</summary>
    public string Content { get; private set; } = string.Empty;

    public DateOnly DecidedOn { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly ValidUntil { get; private set; }

    public LicenceStatus Status { get; private set; }

    public string? RevocationReason { get; private set; }

    public string? RevocationProposedBy { get; private set; }

    public string? RevocationConfirmedBy { get; private set; }

    public DateOnly? RevokedOn { get; private set; }

    public int Version { get; private set; }

    private Licence() { }

    public static Licence Issue(
        long enterpriseId, LicenceType type, string number, string decisionDocumentNumber, string content, DateOnly decidedOn, LicenceHolder? holder = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        static string Required(string? value, string message) =>
            string.IsNullOrWhiteSpace(value) ? throw new DomainException(message) : value.Trim();
        return new Licence
        {
            EnterpriseId = enterpriseId,
            LicenceTypeId = type.Id,
            Number = Required(number, "许可编号不能为空"),
            DecisionDocumentNumber = Required(decisionDocumentNumber, "决定文书号不能为空"),
            Content = Required(content, "许可内容不能为空"),
            DecidedOn = decidedOn,
            ValidFrom = decidedOn,
            // Valid for the type's months, through the day before the same date: 2026-03-01 + 36 months → valid until 2029-02-28.
            ValidUntil = decidedOn.AddMonths(type.ValidityMonths).AddDays(-1),
            Status = LicenceStatus.Valid,
            HolderName = holder?.Name ?? string.Empty,
            HolderCategory = holder?.Category ?? LicenceHolder.LegalEntity,
            HolderCode = holder?.Code ?? string.Empty,
            LegalRepresentative = holder?.LegalRepresentative ?? string.Empty,
            DecisionDocumentName = holder?.DecisionDocumentName ?? "行政许可决定书",
            LicenceCategory = holder?.LicenceCategory ?? "普通",
            CertificateName = type.Name,
            Authority = holder?.Authority ?? string.Empty,
            AuthorityCode = holder?.AuthorityCode ?? string.Empty,
            DataSource = holder?.DataSource ?? holder?.Authority ?? string.Empty,
        };
    }

    public bool IsValidOn(DateOnly day) => Status != LicenceStatus.Revoked && ValidFrom <= day && day <= ValidUntil;

    /// <summary>Due for a renewal reminder: valid today and on or after the day <paramref name="reminderMonths"/> months before the last valid day.</summary>
    public bool IsExpiringSoon(DateOnly today, int reminderMonths) =>
        IsValidOn(today) && today >= ValidUntil.AddMonths(-reminderMonths);

    public void ProposeRevocation(string reason, string proposedBy)
    {
        if (Status != LicenceStatus.Valid) throw new DomainException("只有有效的许可证才能提出撤销");
        RevocationReason = string.IsNullOrWhiteSpace(reason) ? throw new DomainException("请填写撤销理由") : reason.Trim();
        RevocationProposedBy = proposedBy;
        Status = LicenceStatus.RevocationProposed;
    }

    /// <summary>Maker ≠ checker: the chief who confirms cannot be the one who proposed.</summary>
    public void ConfirmRevocation(string confirmedBy, DateOnly on)
    {
        if (Status != LicenceStatus.RevocationProposed) throw new DomainException("没有待确认的撤销申请");
        if (string.Equals(confirmedBy, RevocationProposedBy, StringComparison.Ordinal)) throw new DomainException("不能确认自己提出的撤销");
        RevocationConfirmedBy = confirmedBy;
        RevokedOn = on;
        Status = LicenceStatus.Revoked;
    }

    public void RejectRevocation(string decidedBy)
    {
        if (Status != LicenceStatus.RevocationProposed) throw new DomainException("没有待确认的撤销申请");
        if (string.Equals(decidedBy, RevocationProposedBy, StringComparison.Ordinal)) throw new DomainException("不能审核自己提出的撤销");
        Status = LicenceStatus.Valid;
        RevocationReason = null;
        RevocationProposedBy = null;
    }
}

/// <summary>The §11 particulars of a licence that come from the holder and the deciding authority.</summary>
public sealed record LicenceHolder(
    string Name, string Code, string LegalRepresentative, string Authority, string AuthorityCode, string DataSource,
    string Category = LicenceHolder.LegalEntity, string DecisionDocumentName = "行政许可决定书", string LicenceCategory = "普通")
{
    public const string LegalEntity = "法人及非法人组织";
}
