using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Records;

namespace FangchengCredit.Domain.Accidents;

/// <summary>
/// 生产安全事故 of an enterprise. Its grade is always the classifier's, recomputed whenever the measures change, and stored
/// so that lists can filter by it. The accident is a credit record: it shares the id of its <see cref="CreditRecord"/>.
/// </summary>
public sealed class Accident
{
    /// <summary>The id of <see cref="Record"/>.</summary>
    public long Id { get; private set; }

    public long EnterpriseId { get; private set; }

    public CreditRecord Record { get; private set; } = null!;

    public DateOnly OccurredOn { get; private set; }

    public string Place { get; private set; } = string.Empty;

    public int Deaths { get; private set; }

    public int SeriousInjuries { get; private set; }

    public long DirectLossYuan { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public bool IsLiability { get; private set; }

    public bool Concealed { get; private set; }

    public AccidentGrade Grade { get; private set; }

    public int Version { get; private set; }

    public AccidentDetails Details => new()
    {
        OccurredOn = OccurredOn, Place = Place, Deaths = Deaths, SeriousInjuries = SeriousInjuries, DirectLossYuan = DirectLossYuan,
        Description = Description, IsLiability = IsLiability, Concealed = Concealed,
    };

    private Accident() { }

    /// <summary>Records an accident of an enterprise, optionally attached to its 法定代表人 or 主要负责人 as well.</summary>
    public static Accident Report(
        long enterpriseId, long? personId, AccidentDetails details, DateOnly today, string recordedBy, DateTime recordedAtUtc,
        PublicationPeriodRules? publication = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        var d = details.Normalised(today);
        var grade = AccidentClassifier.Classify(d.Deaths, d.SeriousInjuries, d.DirectLossYuan);
        var severity = SeverityOf(grade, d.IsLiability, d.Concealed);
        var record = CreditRecord.Create(
            CreditRecordKind.Accident, enterpriseId, personId, d.OccurredOn, TitleOf(d, grade), null, severity,
            PublicationEndOf(severity, d.OccurredOn, publication), recordedBy, recordedAtUtc);
        var accident = new Accident { EnterpriseId = enterpriseId, Record = record };
        accident.Apply(d, grade);
        return accident;
    }

    /// <summary>Corrects the facts, typically when the investigation concludes (liability, final casualty count, loss).</summary>
    public void Correct(AccidentDetails details, DateOnly today, PublicationPeriodRules? publication = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (Record.Status == CreditRecordStatus.Voided) throw new DomainException("已作废的记录不能修改。");
        var d = details.Normalised(today);
        var grade = AccidentClassifier.Classify(d.Deaths, d.SeriousInjuries, d.DirectLossYuan);
        var severity = SeverityOf(grade, d.IsLiability, d.Concealed);
        Record.Revise(d.OccurredOn, TitleOf(d, grade), severity, PublicationEndOf(severity, d.OccurredOn, publication));
        Apply(d, grade);
    }

    /// <summary>
    /// How bad a record the accident is: concealment or a liability accident of 较大 or worse is 严重 (it forces grade D);
    /// any other liability accident is 一般; an accident nobody is liable for, reported truthfully, is not a bad record.
    /// </summary>
    public static RecordSeverity? SeverityOf(AccidentGrade grade, bool isLiability, bool concealed) =>
        concealed || (isLiability && grade > AccidentGrade.General) ? RecordSeverity.Serious
        : isLiability ? RecordSeverity.General
        : null;

    private static DateOnly? PublicationEndOf(RecordSeverity? severity, DateOnly date, PublicationPeriodRules? rules) =>
        severity is { } s ? PublicationPeriod.EndFor(s, date, rules) : null;

    private static string TitleOf(AccidentDetails d, AccidentGrade grade)
    {
        var nature = d.IsLiability ? "责任事故" : "非责任事故";
        var concealed = d.Concealed ? "，瞒报/谎报" : string.Empty;
        var title = $"{d.Place}：{grade.ChineseName()}生产安全事故（{nature}{concealed}）";
        return title.Length <= CreditRecord.TitleMaxLength ? title : title[..(CreditRecord.TitleMaxLength - 1)] + "…";
    }

    private void Apply(AccidentDetails d, AccidentGrade grade)
    {
        OccurredOn = d.OccurredOn;
        Place = d.Place;
        Deaths = d.Deaths;
        SeriousInjuries = d.SeriousInjuries;
        DirectLossYuan = d.DirectLossYuan;
        Description = d.Description;
        IsLiability = d.IsLiability;
        Concealed = d.Concealed;
        Grade = grade;
    }
}
