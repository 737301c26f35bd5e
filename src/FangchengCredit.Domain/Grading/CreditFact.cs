using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Records;

namespace FangchengCredit.Domain.Grading;

/// <summary>
/// 信用记录 as seen by grading: one record of an enterprise, reduced to what the §5 table needs.
/// Built through the factory methods so that an accident always carries its details and nothing else does.
/// </summary>
public sealed class CreditFact
{
    private CreditFact(
        long recordId,
        CreditFactKind kind,
        DateOnly date,
        CreditRecordStatus status,
        AccidentGrade? accidentGrade = null,
        bool isLiability = false,
        int deaths = 0,
        int seriousInjuries = 0,
        bool concealed = false)
    {
        if (!Enum.IsDefined(status))
        {
            throw new DomainException("未知的信用记录状态。");
        }

        RecordId = recordId;
        Kind = kind;
        Date = date;
        Status = status;
        AccidentGrade = accidentGrade;
        IsLiability = isLiability;
        Deaths = deaths;
        SeriousInjuries = seriousInjuries;
        Concealed = concealed;
    }

    public long RecordId { get; }

    public CreditFactKind Kind { get; }

    /// <summary>处罚决定日期, 事故发生日期, 承诺到期日 or 表彰日期: the day the record starts counting.</summary>
    public DateOnly Date { get; }

    public CreditRecordStatus Status { get; }

    /// <summary>事故等级; null unless <see cref="Kind"/> is <see cref="CreditFactKind.Accident"/>.</summary>
    public AccidentGrade? AccidentGrade { get; }

    /// <summary>责任事故, as found by the investigation.</summary>
    public bool IsLiability { get; }

    public int Deaths { get; }

    /// <summary>重伤人数 (acute industrial poisoning included).</summary>
    public int SeriousInjuries { get; }

    /// <summary>瞒报或谎报.</summary>
    public bool Concealed { get; }

    public static CreditFact Penalty(long recordId, PenaltySeverity severity, DateOnly decisionDate, CreditRecordStatus status = CreditRecordStatus.Active)
    {
        var kind = severity switch
        {
            PenaltySeverity.Summary => CreditFactKind.PenaltySummary,
            PenaltySeverity.General => CreditFactKind.PenaltyGeneral,
            PenaltySeverity.SuspensionOrLicence => CreditFactKind.PenaltySuspensionOrLicence,
            _ => throw new DomainException("未知的处罚档次。"),
        };
        return new CreditFact(recordId, kind, decisionDate, status);
    }

    public static CreditFact Accident(
        long recordId,
        DateOnly accidentDate,
        AccidentGrade grade,
        bool isLiability,
        int deaths,
        int seriousInjuries,
        bool concealed,
        CreditRecordStatus status = CreditRecordStatus.Active)
    {
        if (!Enum.IsDefined(grade))
        {
            throw new DomainException("未知的事故等级。");
        }

        // The casualties alone already fix a minimum grade (国务院令第493号); a lower recorded grade is a data error
        // that would otherwise turn a D-forcing accident into a small deduction.
        var implied = AccidentClassifier.Classify(deaths, seriousInjuries, directLossYuan: 0);
        if (grade < implied)
        {
            throw new DomainException(
                $"事故等级“{grade.ChineseName()}”低于伤亡人数对应的等级“{implied.ChineseName()}”（死亡{deaths}人，重伤{seriousInjuries}人）。");
        }

        return new CreditFact(recordId, CreditFactKind.Accident, accidentDate, status, grade, isLiability, deaths, seriousInjuries, concealed);
    }

    public static CreditFact CommitmentBreached(long recordId, DateOnly date, CreditRecordStatus status = CreditRecordStatus.Active) =>
        new(recordId, CreditFactKind.CommitmentBreached, date, status);

    public static CreditFact HazardNotRectified(long recordId, DateOnly date, CreditRecordStatus status = CreditRecordStatus.Active) =>
        new(recordId, CreditFactKind.HazardNotRectified, date, status);

    public static CreditFact Commendation(long recordId, DateOnly date, CreditRecordStatus status = CreditRecordStatus.Active) =>
        new(recordId, CreditFactKind.Commendation, date, status);

    public static CreditFact CommitmentKept(long recordId, DateOnly date, CreditRecordStatus status = CreditRecordStatus.Active) =>
        new(recordId, CreditFactKind.CommitmentKept, date, status);

    /// <summary>The same record after a status change (repair, revocation, voiding).</summary>
    public CreditFact WithStatus(CreditRecordStatus status) =>
        new(RecordId, Kind, Date, status, AccidentGrade, IsLiability, Deaths, SeriousInjuries, Concealed);
}
