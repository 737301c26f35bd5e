using FangchengCredit.Data;
using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;

namespace FangchengCredit.Web.Features.Credit;

/// <summary>An enterprise's columns that grading reads.</summary>
public sealed record EnterpriseGradingRow(long Id, StandardisationGrade Standardisation, DateOnly? LiabilityInsuranceValidUntil);

/// <summary>
/// A credit record's columns that grading and expiry read, with its accident's or penalty's grading details joined in:
/// what <see cref="CreditRecordFacts.ToFact(CreditRecord, Accident?, PenaltySeverity?)"/> reads from the entities, in one row.
/// </summary>
public sealed record RecordGradingRow(
    long Id,
    long EnterpriseId,
    CreditRecordKind Kind,
    DateOnly Date,
    CreditRecordStatus Status,
    DateOnly? PublicationEnd,
    AccidentGrade? AccidentGrade,
    bool? AccidentIsLiability,
    int? AccidentDeaths,
    int? AccidentSeriousInjuries,
    bool? AccidentConcealed,
    PenaltySeverity? PenaltySeverity)
{
    /// <summary>The records of the enterprises whose id is in [<paramref name="fromId"/>, <paramref name="toId"/>], untracked.</summary>
    public static IQueryable<RecordGradingRow> Query(AppDbContext db, long fromId, long toId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return from r in db.CreditRecords
               where r.EnterpriseId >= fromId && r.EnterpriseId <= toId
               join a in db.Accidents on r.Id equals a.Id into accidents
               from a in accidents.DefaultIfEmpty()
               join p in db.Penalties on r.Id equals p.Id into penalties
               from p in penalties.DefaultIfEmpty()
               // The order of the (EnterpriseId, Date) index, so records explain in the same order as before, ties by id.
               orderby r.EnterpriseId, r.Date, r.Id
               select new RecordGradingRow(
                   r.Id, r.EnterpriseId!.Value, r.Kind, r.Date, r.Status, r.PublicationEnd,
                   (AccidentGrade?)a.Grade, (bool?)a.IsLiability, (int?)a.Deaths, (int?)a.SeriousInjuries, (bool?)a.Concealed,
                   (PenaltySeverity?)p.Severity);
    }

    /// <summary>The fact the policy grades: the same as the entity path's <c>record.ToFact(accident, severity)</c>.</summary>
    public CreditFact ToFact() =>
        CreditRecordFacts.ToFact(
            Id, Kind, Date, Status,
            AccidentGrade is { } grade
                ? new AccidentGradingDetails(grade, AccidentIsLiability!.Value, AccidentDeaths!.Value, AccidentSeriousInjuries!.Value, AccidentConcealed!.Value)
                : null,
            PenaltySeverity);
}
