using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Grading;

namespace FangchengCredit.Domain.Records;

/// <summary>Turns a stored credit record (with its details) into the fact the grading policy reads.</summary>
public static class CreditRecordFacts
{
    /// <param name="record">The record, in whatever status: the policy decides what counts.</param>
    /// <param name="accident">The accident's details when <paramref name="record"/> is an accident.</param>
    /// <param name="penaltySeverity">The penalty's grading row when <paramref name="record"/> is a penalty.</param>
    public static CreditFact ToFact(this CreditRecord record, Accident? accident = null, PenaltySeverity? penaltySeverity = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Kind switch
        {
            CreditRecordKind.Accident when accident is not null => CreditFact.Accident(
                record.Id, record.Date, accident.Grade, accident.IsLiability, accident.Deaths, accident.SeriousInjuries, accident.Concealed, record.Status),
            CreditRecordKind.Penalty when penaltySeverity is { } severity => CreditFact.Penalty(record.Id, severity, record.Date, record.Status),
            CreditRecordKind.Commendation => CreditFact.Commendation(record.Id, record.Date, record.Status),
            CreditRecordKind.CommitmentKept => CreditFact.CommitmentKept(record.Id, record.Date, record.Status),
            CreditRecordKind.CommitmentBreached => CreditFact.CommitmentBreached(record.Id, record.Date, record.Status),
            CreditRecordKind.HazardNotRectified => CreditFact.HazardNotRectified(record.Id, record.Date, record.Status),
            CreditRecordKind.Accident or CreditRecordKind.Penalty => throw new DomainException($"信用记录 {record.Id} 缺少事故或处罚详情，无法评分。"),
            _ => throw new DomainException("未知的信用记录种类。"),
        };
    }
}
