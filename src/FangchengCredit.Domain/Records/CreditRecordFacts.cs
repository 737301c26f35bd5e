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
        return ToFact(record.Id, record.Kind, record.Date, record.Status, accident is null ? null : AccidentGradingDetails.Of(accident), penaltySeverity);
    }

    /// <summary>
    /// The same fact from a record's columns alone (a projection that reads only what grading needs): the record's id, kind,
    /// date and status, the accident's grading details when it is an accident, the penalty's grading row when it is a penalty.
    /// </summary>
    public static CreditFact ToFact(
        long id, CreditRecordKind kind, DateOnly date, CreditRecordStatus status, AccidentGradingDetails? accident, PenaltySeverity? penaltySeverity) =>
        kind switch
        {
            CreditRecordKind.Accident when accident is { } a => CreditFact.Accident(
                id, date, a.Grade, a.IsLiability, a.Deaths, a.SeriousInjuries, a.Concealed, status),
            CreditRecordKind.Penalty when penaltySeverity is { } severity => CreditFact.Penalty(id, severity, date, status),
            CreditRecordKind.Commendation => CreditFact.Commendation(id, date, status),
            CreditRecordKind.CommitmentKept => CreditFact.CommitmentKept(id, date, status),
            CreditRecordKind.CommitmentBreached => CreditFact.CommitmentBreached(id, date, status),
            CreditRecordKind.HazardNotRectified => CreditFact.HazardNotRectified(id, date, status),
            CreditRecordKind.Accident or CreditRecordKind.Penalty => throw new DomainException($"信用记录 {id} 缺少事故或处罚详情，无法评分。"),
            _ => throw new DomainException("未知的信用记录种类。"),
        };
}
