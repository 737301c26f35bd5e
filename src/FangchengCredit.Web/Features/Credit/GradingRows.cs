using FangchengCredit.Data;
using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Features.Credit;

/// <summary>An enterprise's columns that grading reads.</summary>
public sealed record EnterpriseGradingRow(long Id, StandardisationGrade Standardisation, DateOnly? LiabilityInsuranceValidUntil);

/// <summary>
/// A credit record's columns that grading and expiry read, with its accident's or penalty's grading details:
/// what <see cref="CreditRecordFacts.ToFact(CreditRecord, Accident?, PenaltySeverity?)"/> reads from the entities, in one row.
/// </summary>
public sealed record RecordGradingRow(
    long Id,
    long EnterpriseId,
    CreditRecordKind Kind,
    DateOnly Date,
    CreditRecordStatus Status,
    DateOnly? PublicationEnd,
    AccidentGradingDetails? Accident,
    PenaltySeverity? PenaltySeverity)
{
    /// <summary>
    /// The records of the enterprises whose id is in [<paramref name="fromId"/>, <paramref name="toId"/>], with their details:
    /// three lean range queries (records, accidents, penalties), nothing tracked. Separate queries rather than a join: on SQLite
    /// the join's two key probes per record cost more than reading the details by range (docs/benchmarks-notes/regrade.md).
    /// </summary>
    public static async Task<List<RecordGradingRow>> ReadAsync(AppDbContext db, long fromId, long toId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var records = await db.CreditRecords
            .Where(r => r.EnterpriseId >= fromId && r.EnterpriseId <= toId)
            // The order of the (EnterpriseId, Date) index, so records explain in the same order on every provider, ties by id.
            .OrderBy(r => r.EnterpriseId).ThenBy(r => r.Date).ThenBy(r => r.Id)
            .Select(r => new { r.Id, EnterpriseId = r.EnterpriseId!.Value, r.Kind, r.Date, r.Status, r.PublicationEnd })
            .ToListAsync(cancellationToken);
        var accidents = await db.Accidents
            .Where(a => a.EnterpriseId >= fromId && a.EnterpriseId <= toId)
            .Select(a => new { a.Id, a.Grade, a.IsLiability, a.Deaths, a.SeriousInjuries, a.Concealed })
            .ToDictionaryAsync(a => a.Id, a => new AccidentGradingDetails(a.Grade, a.IsLiability, a.Deaths, a.SeriousInjuries, a.Concealed), cancellationToken);
        var penalties = await db.Penalties
            .Where(p => p.EnterpriseId >= fromId && p.EnterpriseId <= toId)
            .Select(p => new { p.Id, p.Severity })
            .ToDictionaryAsync(p => p.Id, p => p.Severity, cancellationToken);
        return records.ConvertAll(r => new RecordGradingRow(
            r.Id, r.EnterpriseId, r.Kind, r.Date, r.Status, r.PublicationEnd,
            accidents.TryGetValue(r.Id, out var accident) ? accident : null,
            penalties.TryGetValue(r.Id, out var severity) ? severity : null));
    }

    /// <summary>The fact the policy grades: the same as the entity path's <c>record.ToFact(accident, severity)</c>.</summary>
    public CreditFact ToFact() => CreditRecordFacts.ToFact(Id, Kind, Date, Status, Accident, PenaltySeverity);
}
