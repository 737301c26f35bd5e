using FangchengCredit.Data;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Features.Credit;

/// <summary>What one regrading did.</summary>
public sealed record RegradeResult(int Enterprises, int Expired, int GradesChanged)
{
    public static readonly RegradeResult None = new(0, 0, 0);

    public RegradeResult Add(RegradeResult other) =>
        new(Enterprises + other.Enterprises, Expired + other.Expired, GradesChanged + other.GradesChanged);
}

/// <summary>
/// 信用评价: builds each enterprise's <see cref="GradingFacts"/> from the database, expires records that are spent,
/// evaluates with the configured policy, rewrites the current grade when its result changed or its stretch ran out (not
/// merely because the day moved: decision 0016), and adds a history line when grade or score changed.
/// Works on a range of enterprise ids so that the daily job loads many enterprises' facts in a handful of queries.
/// </summary>
public sealed class CreditGradingService(AppDbContext db, CreditGradingPolicy policy, TimeProvider time, ILogger<CreditGradingService> logger)
{
    /// <summary>
    /// Regrades before a page shows the grade, so that changes made elsewhere (the enterprise's standardisation or insurance,
    /// a new day) are reflected. Nothing is written when nothing changed; a concurrent regrading of the same enterprise wins.
    /// </summary>
    public async Task RefreshAsync(long enterpriseId, CancellationToken cancellationToken = default)
    {
        try
        {
            await RegradeAsync(enterpriseId, cancellationToken);
        }
        catch (DbUpdateException e)
        {
            logger.LogInformation(e, "Enterprise {EnterpriseId} was regraded concurrently; the other regrading stands", enterpriseId);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Regrades one enterprise today: after a record changed, or when its grade is asked for and none is stored.</summary>
    public Task<RegradeResult> RegradeAsync(long enterpriseId, CancellationToken cancellationToken = default) =>
        RegradeRangeAsync(enterpriseId, enterpriseId, BureauClock.Today(time), cancellationToken);

    /// <summary>Regrades every enterprise whose id is in [<paramref name="fromId"/>, <paramref name="toId"/>] as of <paramref name="today"/>.</summary>
    public Task<RegradeResult> RegradeRangeAsync(long fromId, long toId, DateOnly today, CancellationToken cancellationToken = default) =>
        RegradeBatchAsync(fromId, toId, today, writeGate: null, cancellationToken);

    /// <summary>
    /// The daily job's batch: regrades the enterprises whose id is in [<paramref name="fromId"/>, <paramref name="toId"/>].
    /// Batches read and evaluate in parallel; their writes wait for <paramref name="writeGate"/>, so that one batch writes at a
    /// time (SQLite has one writer, and a batch's audited expiries must not wait on another batch's open write transaction).
    /// </summary>
    public async Task<RegradeResult> RegradeBatchAsync(
        long fromId, long toId, DateOnly today, SemaphoreSlim? writeGate, CancellationToken cancellationToken = default)
    {
        var enterprises = await EnterpriseGradingRow.ReadAsync(db, fromId, toId, cancellationToken);
        return await RegradeAsync(enterprises, fromId, toId, today, writeGate, cancellationToken);
    }

    private async Task<RegradeResult> RegradeAsync(
        List<EnterpriseGradingRow> enterprises, long fromId, long toId, DateOnly today, SemaphoreSlim? writeGate, CancellationToken cancellationToken)
    {
        if (enterprises.Count == 0) return RegradeResult.None;

        // Read and evaluated in a method of its own, so that the batch's facts (tens of thousands of rows) are garbage before
        // the batch waits for the write gate: an async method keeps its locals alive across every await.
        var assessment = await AssessAsync(enterprises, fromId, toId, today, cancellationToken);
        var (firstGrades, history, changes, spent) = (assessment.FirstGrades, assessment.History, assessment.Changes, assessment.Spent);
        var now = assessment.Now;

        // The grades that change and the records that expire (a few thousand a day over every batch) are read untracked, changed by
        // their own methods and saved one statement per table, the expiries audited (docs/benchmarks.md, round 7).
        var grades = db.EditUntracked<CurrentCreditGrade>();
        foreach (var chunk in changes.Keys.Chunk(500))
        {
            foreach (var current in await db.CurrentCreditGrades.AsNoTracking().Where(g => chunk.Contains(g.EnterpriseId)).ToListAsync(cancellationToken))
            {
                var (evaluation, json) = changes[current.EnterpriseId];
                if (grades.Watch(current).Update(evaluation, json, now)) history.Add(StoredCreditEvaluation.From(current.EnterpriseId, evaluation, json, now));
            }
        }
        var expiries = db.EditUntracked<CreditRecord>();
        // A record the caller's scope tracks (the record import's) expires on that instance, saved with the caller's changes.
        var trackedRecords = db.ChangeTracker.Entries<CreditRecord>().ToDictionary(e => e.Entity.Id, e => e.Entity);
        foreach (var chunk in spent.Keys.Chunk(500))
        {
            foreach (var record in await db.CreditRecords.AsNoTracking().Where(r => chunk.Contains(r.Id)).ToListAsync(cancellationToken))
            {
                if (trackedRecords.TryGetValue(record.Id, out var tracked)) tracked.ExpireIfSpent(today, spent[record.Id]);
                else expiries.Watch(record).ExpireIfSpent(today, spent[record.Id]);
            }
        }
        // A caller that regrades in a scope of its own tracked changes (the record import) saves them with the batch.
        var pending = db.ChangeTracker.HasChanges();
        if (firstGrades.Count > 0 || history.Count > 0 || pending || grades.HasChanges || expiries.HasChanges)
        {
            if (writeGate is not null) await writeGate.WaitAsync(cancellationToken);
            try
            {
                // One transaction for the batch: new grades and history lines, expiries and changed grades together.
                await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
                // A first grading inserts a grade and a history line per enterprise (100,000 on a new province database):
                // untracked, through the fast insert path (docs/benchmarks.md).
                await db.InsertDerivedAsync(firstGrades, cancellationToken);
                await db.InsertDerivedAsync(history, cancellationToken);
                if (pending)
                {
                    using var fastInserts = db.UseBulkInserts();
                    await db.SaveChangesAsync(cancellationToken);
                }
                await db.SaveUntrackedEditsAsync([grades, expiries], cancellationToken);
                if (transaction is not null) await transaction.CommitAsync(cancellationToken);
            }
            finally
            {
                writeGate?.Release();
            }
        }
        // Every change of grade, score or rule version, and every first grade, adds exactly one history line.
        return new RegradeResult(enterprises.Count, spent.Count, history.Count);
    }

    /// <summary>What a batch's evaluation found to write.</summary>
    private sealed record BatchAssessment(
        DateTime Now,
        List<CurrentCreditGrade> FirstGrades,
        List<StoredCreditEvaluation> History,
        Dictionary<long, (CreditEvaluation Evaluation, string Json)> Changes,
        Dictionary<long, DateOnly?> Spent);

    private async Task<BatchAssessment> AssessAsync(
        List<EnterpriseGradingRow> enterprises, long fromId, long toId, DateOnly today, CancellationToken cancellationToken)
    {
        // Only the columns grading reads, no entities, nothing tracked (docs/benchmarks-notes/regrade.md). The few records
        // that expire are re-read by the caller and changed through the domain, so their change is audited. Records come in
        // enterprise order, as the enterprises do: each enterprise's records are the next run of the list.
        var records = await RecordGradingRow.ReadAsync(db, fromId, toId, cancellationToken);
        var nextRecord = 0;
        // What each stored grade says, without its explanation: only the grades that change are read as entities. On a new day
        // most grades still stand (their stretch has not run out, decision 0016) and are not written at all.
        var stored = await StoredGradeResults.ReadAsync(db, fromId, toId, cancellationToken);
        // A caller that regrades several ranges in one scope (the record import) may already track some of these grades:
        // those instances are the ones to update, as a tracked query would have returned them.
        var trackedGrades = db.ChangeTracker.Entries<CurrentCreditGrade>().ToDictionary(e => e.Entity.EnterpriseId, e => e.Entity);

        var now = time.GetUtcNow().UtcDateTime;
        var spent = new Dictionary<long, DateOnly?>();
        // New grades and history lines are derived data, not audited: inserted untracked by the caller.
        var firstGrades = new List<CurrentCreditGrade>();
        var history = new List<StoredCreditEvaluation>();
        var changes = new Dictionary<long, (CreditEvaluation Evaluation, string Json)>();
        foreach (var enterprise in enterprises)
        {
            var facts = new List<CreditFact>();
            while (nextRecord < records.Count && records[nextRecord].EnterpriseId < enterprise.Id) nextRecord++;
            for (; nextRecord < records.Count && records[nextRecord].EnterpriseId == enterprise.Id; nextRecord++)
            {
                var record = records[nextRecord];
                var fact = record.ToFact();
                var lastDayCounted = policy.LastDayCounted(fact);
                if (CreditRecord.IsSpent(record.Status, record.PublicationEnd, today, lastDayCounted))
                {
                    spent[record.Id] = lastDayCounted;
                    fact = fact.WithStatus(CreditRecordStatus.Expired);
                }
                facts.Add(fact);
            }

            var gradingFacts = new GradingFacts
            {
                Records = facts,
                Standardisation = enterprise.Standardisation,
                LiabilityInsuranceValidUntil = enterprise.LiabilityInsuranceValidUntil,
                // The blacklist arrives with its own feature; until then nobody is listed.
                IsBlacklisted = false,
            };
            var isStored = stored.TryGetValue(enterprise.Id, out var result);
            var tracked = trackedGrades.GetValueOrDefault(enterprise.Id);
            if (isStored && tracked is null && result.StandsFor(today, policy.FingerprintOf(gradingFacts, today)))
            {
                // The same facts, a day of the stored result's stretch: evaluating would give the stored result (decision 0016).
                continue;
            }

            var evaluation = policy.Evaluate(gradingFacts, today);
            if (!isStored)
            {
                var json = ExplanationJson.Serialize(evaluation);
                firstGrades.Add(CurrentCreditGrade.First(enterprise.Id, evaluation, json, now));
                history.Add(StoredCreditEvaluation.From(enterprise.Id, evaluation, json, now));
            }
            else if (tracked is not null)
            {
                if (!tracked.Matches(evaluation))
                {
                    var json = ExplanationJson.Serialize(evaluation);
                    if (tracked.Update(evaluation, json, now)) history.Add(StoredCreditEvaluation.From(enterprise.Id, evaluation, json, now));
                }
            }
            else if (!result.Matches(evaluation, StoredGradeResult.HashOf(evaluation.Lines)))
            {
                // Rendered only for the grades that change: most evaluations match and need no JSON at all.
                changes[enterprise.Id] = (evaluation, ExplanationJson.Serialize(evaluation));
            }
        }
        return new BatchAssessment(now, firstGrades, history, changes, spent);
    }

    /// <summary>
    /// Expires the spent records that belong to a person alone (no enterprise to regrade), a batch at a time by id.
    /// </summary>
    public async Task<int> ExpirePersonRecordsAsync(DateOnly today, int batchSize, CancellationToken cancellationToken = default)
    {
        var expired = 0;
        long after = 0;
        while (true)
        {
            var batch = await db.CreditRecords
                .Where(r => r.EnterpriseId == null && r.Status == CreditRecordStatus.Active && r.Id > after)
                .OrderBy(r => r.Id)
                .Take(batchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0) break;
            after = batch[^1].Id;
            foreach (var record in batch)
            {
                // Accidents and penalties always belong to an enterprise, so a person's own records need no details.
                if (record.Kind is CreditRecordKind.Accident or CreditRecordKind.Penalty) continue;
                if (record.ExpireIfSpent(today, policy.LastDayCounted(record.ToFact()))) expired++;
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        return expired;
    }

    /// <summary>The stored current grade, computing it first if the enterprise has never been graded.</summary>
    public async Task<CurrentCreditGrade?> CurrentAsync(long enterpriseId, CancellationToken cancellationToken = default)
    {
        var current = await CurrentGrade.For(db)(db, enterpriseId, cancellationToken);
        if (current is not null) return current;
        if (!await db.Enterprises.AnyAsync(e => e.Id == enterpriseId, cancellationToken)) return null;
        await RegradeAsync(enterpriseId, cancellationToken);
        return await CurrentGrade.For(db)(db, enterpriseId, cancellationToken);
    }

    // Compiled once: read on every credit page and partner API call.
    private static readonly CompiledQuery<Func<AppDbContext, long, CancellationToken, Task<CurrentCreditGrade?>>> CurrentGrade = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, long enterpriseId, CancellationToken ct) => db.CurrentCreditGrades.AsNoTracking().FirstOrDefault(g => g.EnterpriseId == enterpriseId)));
}

