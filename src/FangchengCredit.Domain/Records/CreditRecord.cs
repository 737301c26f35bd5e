using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Records;

/// <summary>
/// 信用记录: one good or bad record of an enterprise or a person (or of an enterprise and, with it, its 法定代表人/主要负责人).
/// Accidents and penalties keep their details in their own tables under the same id; other kinds point to their
/// source with <see cref="SourceId"/>. Records are never deleted: a wrong one is voided with a reason.
/// </summary>
public sealed class CreditRecord
{
    public const int TitleMaxLength = 200;
    public const int DocumentNumberMaxLength = 100;
    public const int ReasonMaxLength = 500;
    public const int ActorMaxLength = 256;

    public long Id { get; private set; }

    public CreditRecordKind Kind { get; private set; }

    /// <summary>The enterprise the record belongs to; null for a record of a person alone.</summary>
    public long? EnterpriseId { get; private set; }

    /// <summary>The person the record is also (or only) attached to: 法定代表人, 主要负责人.</summary>
    public long? PersonId { get; private set; }

    /// <summary>处罚决定日期, 事故发生日期 or 表彰日期: the day the record starts counting.</summary>
    public DateOnly Date { get; private set; }

    /// <summary>A one-line description for lists.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>决定书文号 or 表彰文件文号, where there is one.</summary>
    public string? DocumentNumber { get; private set; }

    /// <summary>失信严重程度; null for good records and for accidents that are not bad records.</summary>
    public RecordSeverity? Severity { get; private set; }

    /// <summary>公示截止期 (last day published); null when not published.</summary>
    public DateOnly? PublicationEnd { get; private set; }

    public CreditRecordStatus Status { get; private set; }

    /// <summary>The id of the source in its own table for kinds without a details table (e.g. a licensing commitment).</summary>
    public long? SourceId { get; private set; }

    public string RecordedBy { get; private set; } = string.Empty;

    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>The day the record was found spent (counting and publication both over).</summary>
    public DateOnly? ExpiredOn { get; private set; }

    public string? VoidReason { get; private set; }

    public string? VoidedBy { get; private set; }

    public DateTime? VoidedAtUtc { get; private set; }

    public int Version { get; private set; }

    public RecordNature Nature =>
        Kind.IsGood() ? RecordNature.Honest : Severity is null ? RecordNature.OnFile : RecordNature.Dishonest;

    private CreditRecord() { }

    /// <summary>A record of an enterprise (optionally attached to one of its people) or of a person alone.</summary>
    public static CreditRecord Create(
        CreditRecordKind kind,
        long? enterpriseId,
        long? personId,
        DateOnly date,
        string title,
        string? documentNumber,
        RecordSeverity? severity,
        DateOnly? publicationEnd,
        string recordedBy,
        DateTime recordedAtUtc,
        long? sourceId = null)
    {
        if (!Enum.IsDefined(kind)) throw new DomainException("未知的信用记录种类。");
        if (enterpriseId is null && personId is null) throw new DomainException("信用记录必须属于一家企业或一名人员。");
        if (kind is CreditRecordKind.Accident && enterpriseId is null) throw new DomainException("生产安全事故必须属于一家企业。");
        if (kind.IsGood() && severity is not null) throw new DomainException("守信记录没有失信严重程度。");
        if (severity is { } s && !Enum.IsDefined(s)) throw new DomainException("未知的失信严重程度。");
        if (publicationEnd is { } end && end < date) throw new DomainException("公示截止期不能早于决定日期。");

        var record = new CreditRecord
        {
            Kind = kind,
            EnterpriseId = enterpriseId,
            PersonId = personId,
            Date = date,
            Title = Required(title, TitleMaxLength, "记录摘要"),
            DocumentNumber = Optional(documentNumber, DocumentNumberMaxLength, "文号"),
            Severity = severity,
            PublicationEnd = publicationEnd,
            Status = CreditRecordStatus.Active,
            RecordedBy = Required(recordedBy, ActorMaxLength, "录入人"),
            RecordedAtUtc = recordedAtUtc,
            SourceId = sourceId,
        };
        return record;
    }

    /// <summary>表彰奖励 of an enterprise (or of its legal representative / principal with it).</summary>
    public static CreditRecord Commendation(
        long enterpriseId, long? personId, DateOnly date, DateOnly today, string title, string? documentNumber, string recordedBy, DateTime recordedAtUtc)
    {
        if (date > today) throw new DomainException("表彰日期不能晚于今天。");
        return Create(CreditRecordKind.Commendation, enterpriseId, personId, date, title, documentNumber, null, null, recordedBy, recordedAtUtc);
    }

    /// <summary>
    /// 作废: the record was entered in error. It is kept (and audited) but never counts again. A section chief decides;
    /// the controller checks the role, the record checks the rest.
    /// </summary>
    public void Void(string reason, string voidedBy, DateTime atUtc)
    {
        if (Status == CreditRecordStatus.Voided) throw new DomainException("该记录已作废。");
        VoidReason = Required(reason, ReasonMaxLength, "作废原因");
        VoidedBy = Required(voidedBy, ActorMaxLength, "作废人");
        VoidedAtUtc = atUtc;
        Status = CreditRecordStatus.Voided;
    }

    /// <summary>
    /// The last day the record has any effect: the later of the last day it counts in the grade and the last day it is
    /// published. Null when it has neither (a non-liability accident on file), so it never expires.
    /// </summary>
    public DateOnly? LastEffectiveDay(DateOnly? lastDayCounted) => LastEffectiveDay(lastDayCounted, PublicationEnd);

    /// <summary><see cref="LastEffectiveDay(DateOnly?)"/> from the record's columns.</summary>
    public static DateOnly? LastEffectiveDay(DateOnly? lastDayCounted, DateOnly? publicationEnd) =>
        (lastDayCounted, publicationEnd) switch
        {
            (null, null) => null,
            ({ } counted, null) => counted,
            (null, { } published) => published,
            ({ } counted, { } published) => counted > published ? counted : published,
        };

    /// <summary>
    /// Marks an active record expired once both its counting and its publication are over; returns whether it did.
    /// Only the daily job and the regrading call this, so running it twice changes nothing.
    /// </summary>
    public bool ExpireIfSpent(DateOnly today, DateOnly? lastDayCounted)
    {
        if (!IsSpent(Status, PublicationEnd, today, lastDayCounted)) return false;
        Status = CreditRecordStatus.Expired;
        ExpiredOn = today;
        return true;
    }

    /// <summary>
    /// Whether a record with this status and 公示截止期 would be expired by <see cref="ExpireIfSpent"/> today: read from its
    /// columns, so a regrading can find the few spent records without loading (or tracking) every record.
    /// </summary>
    public static bool IsSpent(CreditRecordStatus status, DateOnly? publicationEnd, DateOnly today, DateOnly? lastDayCounted) =>
        status == CreditRecordStatus.Active && LastEffectiveDay(lastDayCounted, publicationEnd) is { } last && today > last;

    /// <summary>Used by the details entity (an accident corrected after its investigation) to keep the summary in step.</summary>
    internal void Revise(DateOnly date, string title, RecordSeverity? severity, DateOnly? publicationEnd)
    {
        if (Status == CreditRecordStatus.Voided) throw new DomainException("已作废的记录不能修改。");
        if (publicationEnd is { } end && end < date) throw new DomainException("公示截止期不能早于决定日期。");
        Date = date;
        Title = Required(title, TitleMaxLength, "记录摘要");
        Severity = severity;
        PublicationEnd = publicationEnd;
        // A correction can bring a spent record back into its window (a later date, a heavier grade): the job expires it again when due.
        if (Status == CreditRecordStatus.Expired)
        {
            Status = CreditRecordStatus.Active;
            ExpiredOn = null;
        }
    }

    internal static string Required(string? value, int maxLength, string name)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0) throw new DomainException($"{name}不能为空。");
        if (trimmed.Length > maxLength) throw new DomainException($"{name}不能超过 {maxLength} 个字符。");
        return trimmed;
    }

    internal static string? Optional(string? value, int maxLength, string name)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (trimmed?.Length > maxLength) throw new DomainException($"{name}不能超过 {maxLength} 个字符。");
        return trimmed;
    }
}
