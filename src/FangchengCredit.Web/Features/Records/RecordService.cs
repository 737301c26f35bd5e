using FangchengCredit.Data;
using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Features.Credit;
using FangchengCredit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FangchengCredit.Web.Features.Records;

/// <summary>
/// Records, corrects and voids credit records. Every change regrades the enterprise in the same transaction, so the grade
/// shown on the next page already reflects it.
/// </summary>
public sealed class RecordService(
    AppDbContext db, CreditGradingService grading, IOptions<PublicationPeriodRules> publication, TimeProvider time)
{
    private DateOnly Today => BureauClock.Today(time);

    private DateTime NowUtc => time.GetUtcNow().UtcDateTime;

    public async Task<long> RecordAccidentAsync(long enterpriseId, long? personId, AccidentDetails details, string actor, CancellationToken ct = default)
    {
        var accident = Accident.Report(enterpriseId, personId, details, Today, actor, NowUtc, publication.Value);
        await ChangeAndRegradeAsync(enterpriseId, () => db.Accidents.Add(accident), ct);
        return accident.Id;
    }

    /// <summary>Throws DbUpdateConcurrencyException when someone changed the accident since <paramref name="version"/> was read.</summary>
    public async Task CorrectAccidentAsync(Accident accident, int version, AccidentDetails details, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(accident);
        db.Entry(accident).Property(a => a.Version).OriginalValue = version;
        accident.Correct(details, Today, publication.Value);
        await ChangeAndRegradeAsync(accident.EnterpriseId, () => { }, ct);
    }

    public async Task<long> RecordPenaltyAsync(long enterpriseId, long? personId, PenaltyDetails details, string actor, CancellationToken ct = default)
    {
        var penalty = AdministrativePenalty.Decide(enterpriseId, personId, details, Today, actor, NowUtc, publication.Value);
        await ChangeAndRegradeAsync(enterpriseId, () => db.Penalties.Add(penalty), ct);
        return penalty.Id;
    }

    public async Task<long> RecordCommendationAsync(
        long enterpriseId, long? personId, DateOnly date, string title, string? documentNumber, string actor, CancellationToken ct = default)
    {
        var record = CreditRecord.Commendation(enterpriseId, personId, date, Today, title, documentNumber, actor, NowUtc);
        await ChangeAndRegradeAsync(enterpriseId, () => db.CreditRecords.Add(record), ct);
        return record.Id;
    }

    /// <summary>Throws DbUpdateConcurrencyException when someone changed the record since <paramref name="version"/> was read.</summary>
    public async Task VoidAsync(CreditRecord record, int version, string reason, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        db.Entry(record).Property(r => r.Version).OriginalValue = version;
        record.Void(reason, actor, NowUtc);
        await ChangeAndRegradeAsync(record.EnterpriseId, () => { }, ct);
    }

    public async Task<RecordEvidence> AttachEvidenceAsync(CreditRecord record, string fileName, StoredEvidenceFile file, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var evidence = RecordEvidence.Attach(record, fileName, file.Type, file.SizeBytes, file.StoredName, file.Sha256, actor, NowUtc);
        db.RecordEvidence.Add(evidence);
        await db.SaveChangesAsync(ct);
        return evidence;
    }

    private async Task ChangeAndRegradeAsync(long? enterpriseId, Action change, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        change();
        await db.SaveChangesAsync(ct);
        if (enterpriseId is { } id) await grading.RegradeRangeAsync(id, id, Today, ct);
        await transaction.CommitAsync(ct);
    }
}
