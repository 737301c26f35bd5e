namespace FangchengCredit.Domain.Records;

/// <summary>
/// 行政处罚决定 of an enterprise, with the 双公示 fields. A penalty is a credit record and shares its id; its grading row
/// (<see cref="Severity"/>) and its 公示截止期 are derived once, when it is decided. Penalties are not edited: a wrong
/// one is voided and entered again.
/// </summary>
public sealed class AdministrativePenalty
{
    /// <summary>The id of <see cref="Record"/>.</summary>
    public long Id { get; private set; }

    public long EnterpriseId { get; private set; }

    public CreditRecord Record { get; private set; } = null!;

    public string SubjectName { get; private set; } = string.Empty;

    public PenaltySubjectCategory SubjectCategory { get; private set; }

    public string SubjectCode { get; private set; } = string.Empty;

    public string? LegalRepresentative { get; private set; }

    public string DocumentNumber { get; private set; } = string.Empty;

    public string ViolationType { get; private set; } = string.Empty;

    public string ViolationFacts { get; private set; } = string.Empty;

    public string LegalBasis { get; private set; } = string.Empty;

    public string PenaltyCategory { get; private set; } = string.Empty;

    public string PenaltyContent { get; private set; } = string.Empty;

    /// <summary>罚款金额（万元）, exact.</summary>
    public decimal FineWanYuan { get; private set; }

    /// <summary>没收违法所得（万元）, exact.</summary>
    public decimal ConfiscatedWanYuan { get; private set; }

    public string? LicenceAffected { get; private set; }

    public DateOnly DecisionDate { get; private set; }

    public DateOnly? ValidUntil { get; private set; }

    public string Authority { get; private set; } = string.Empty;

    public string? AuthorityCode { get; private set; }

    public string DataSource { get; private set; } = string.Empty;

    public PenaltyProcedure Procedure { get; private set; }

    /// <summary>The grading row, from the procedure and the 处罚类别.</summary>
    public PenaltySeverity Severity { get; private set; }

    public int Version { get; private set; }

    private AdministrativePenalty() { }

    /// <summary>Records a penalty decided against an enterprise, optionally attached to its 法定代表人 or 主要负责人 as well.</summary>
    public static AdministrativePenalty Decide(
        long enterpriseId, long? personId, PenaltyDetails details, DateOnly today, string recordedBy, DateTime recordedAtUtc,
        PublicationPeriodRules? publication = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        var d = details.Normalised(today);
        var severity = PenaltySeverityClassifier.Classify(d.Procedure, d.PenaltyCategory);
        var recordSeverity = severity.ToRecordSeverity();
        var record = CreditRecord.Create(
            CreditRecordKind.Penalty, enterpriseId, personId, d.DecisionDate, TitleOf(d), d.DocumentNumber, recordSeverity,
            PublicationPeriod.EndFor(recordSeverity, d.DecisionDate, publication), recordedBy, recordedAtUtc);

        return new AdministrativePenalty
        {
            EnterpriseId = enterpriseId,
            Record = record,
            SubjectName = d.SubjectName,
            SubjectCategory = d.SubjectCategory,
            SubjectCode = d.SubjectCode,
            LegalRepresentative = d.LegalRepresentative,
            DocumentNumber = d.DocumentNumber,
            ViolationType = d.ViolationType,
            ViolationFacts = d.ViolationFacts,
            LegalBasis = d.LegalBasis,
            PenaltyCategory = d.PenaltyCategory,
            PenaltyContent = d.PenaltyContent,
            FineWanYuan = d.FineWanYuan,
            ConfiscatedWanYuan = d.ConfiscatedWanYuan,
            LicenceAffected = d.LicenceAffected,
            DecisionDate = d.DecisionDate,
            ValidUntil = d.ValidUntil,
            Authority = d.Authority,
            AuthorityCode = d.AuthorityCode,
            DataSource = d.DataSource,
            Procedure = d.Procedure,
            Severity = severity,
        };
    }

    private static string TitleOf(PenaltyDetails d)
    {
        var title = $"{d.ViolationType}：{d.PenaltyCategory}";
        return title.Length <= CreditRecord.TitleMaxLength ? title : title[..(CreditRecord.TitleMaxLength - 1)] + "…";
    }
}
