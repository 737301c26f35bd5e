using FangchengCredit.Data.Auditing;
using FangchengCredit.Data.Bulk;
using FangchengCredit.Data.Identity;
using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Calendar;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Licensing;
using FangchengCredit.Domain.Records;
using FangchengCredit.Domain.Reports;
using FangchengCredit.Domain.Reference;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Data;

/// <summary>
/// The one context of the portal. Every save of audited entities writes its audit entries in the same transaction.
/// </summary>
public class AppDbContext : IdentityDbContext<AppUser>
{
    // One writer at a time per process keeps the chain linear; the unique Sequence index catches a second process.
    private static readonly SemaphoreSlim AuditLock = new(1, 1);

    private IAuditActor _actor = SystemAuditActor.Instance;
    private TimeProvider _time = TimeProvider.System;
    private int _bulkInsertScopes;
    private readonly List<object> _untracked = [];

    /// <summary>
    /// A context whose saves are audited as the system at the system clock's time until <see cref="ActingFor"/> says otherwise. The
    /// options are the only constructor parameter so that contexts can be pooled (<see cref="DatabaseServiceCollectionExtensions"/>).
    /// </summary>
    public AppDbContext(DbContextOptions<AppDbContext> options)
        : base(options)
    {
    }

    /// <summary>
    /// Sets who this context's saves are audited as and the clock they are stamped with; called on every lease of a pooled context
    /// (a context back from the pool keeps nothing of its last request: no actor, no bulk-insert scope).
    /// </summary>
    public AppDbContext ActingFor(IAuditActor actor, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(time);
        _actor = actor;
        _time = time;
        _bulkInsertScopes = 0;
        _untracked.Clear();
        return this;
    }

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Enterprise> Enterprises => Set<Enterprise>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<EnterprisePerson> EnterprisePeople => Set<EnterprisePerson>();

    public DbSet<Industry> Industries => Set<Industry>();

    public DbSet<TownshipUnit> Townships => Set<TownshipUnit>();

    public DbSet<CreditRecord> CreditRecords => Set<CreditRecord>();

    public DbSet<Accident> Accidents => Set<Accident>();

    public DbSet<AdministrativePenalty> Penalties => Set<AdministrativePenalty>();

    public DbSet<RecordEvidence> RecordEvidence => Set<RecordEvidence>();

    public DbSet<StoredCreditEvaluation> CreditEvaluations => Set<StoredCreditEvaluation>();

    public DbSet<CurrentCreditGrade> CurrentCreditGrades => Set<CurrentCreditGrade>();

    public DbSet<CreditReport> CreditReports => Set<CreditReport>();

    public DbSet<LicenceType> LicenceTypes => Set<LicenceType>();

    public DbSet<StoredHolidayYear> HolidayYears => Set<StoredHolidayYear>();

    public DbSet<Commitment> Commitments => Set<Commitment>();

    public DbSet<CommitmentItem> CommitmentItems => Set<CommitmentItem>();

    public DbSet<LicenceApplication> LicenceApplications => Set<LicenceApplication>();

    public DbSet<Licence> Licences => Set<Licence>();

    public DbSet<DeficiencyBan> DeficiencyBans => Set<DeficiencyBan>();

    /// <summary>True inside <see cref="UseBulkInserts"/>; the fast path itself applies on SQLite and PostgreSQL.</summary>
    public bool BulkInsertsEnabled => _bulkInsertScopes > 0;

    /// <summary>
    /// Inserts rows of an entity type that the audit trail leaves out (derived data: grades and their history) without
    /// tracking them, through the fast insert path on SQLite and PostgreSQL: the daily regrade's first run adds two rows
    /// per enterprise, and tracking them was most of its cost. Store-generated keys are not read back. Runs in the
    /// current transaction when there is one (so it commits or rolls back with the caller's save), else in its own.
    /// On SQL Server the rows go through an EF save and are detached afterwards.
    /// </summary>
    public async Task InsertDerivedAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken = default) where T : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        var type = Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        if (!AuditAnnotations.IsSkipped(type))
            throw new InvalidOperationException($"{typeof(T).Name} is audited: its rows must go through a save, which records them.");
        if (rows.Count == 0) return;
        if (!Database.IsSqlite() && !Database.IsNpgsql())
        {
            Set<T>().AddRange(rows);
            await SaveChangesAsync(cancellationToken);
            foreach (var row in rows) Entry(row).State = EntityState.Detached;
            return;
        }

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await BulkInsert.InsertUntrackedAsync(this, rows, cancellationToken);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    /// <summary>
    /// Opts this context's saves into the fast insert path until the returned scope is disposed: the Added rows of simple entity
    /// types and the save's audit entries are written with one prepared command per table on SQLite (whose EF provider sends one
    /// command per inserted row) and one binary COPY per table on PostgreSQL, in the save's transaction (see <see cref="BulkInsert"/>).
    /// SQL Server keeps EF's save (its batches are not measured here). Meant for imports and recomputations that insert thousands of rows.
    /// </summary>
    public IDisposable UseBulkInserts()
    {
        _bulkInsertScopes++;
        return new BulkInsertScope(this);
    }

    /// <summary>
    /// Adds a new aggregate for the next save to insert without tracking it: the root and every new entity its navigations reach
    /// by then (an enterprise registered, its appointments and the new people appointed), audited as EF's inserts are. When that
    /// save runs inside <see cref="UseBulkInserts"/> on SQLite or PostgreSQL, keys are allocated and rows written in bulk
    /// (<see cref="UntrackedInsert"/>); otherwise the root is added to the context at the start of the save, as if by Add. For
    /// imports of thousands of new aggregates, where EF's tracking costs more than the writes. The entities stay untracked after
    /// the save, with their keys set; nothing is kept once the save succeeds, or when the context is leased again.
    /// </summary>
    public void AddUntracked(object root)
    {
        ArgumentNullException.ThrowIfNull(root);
        _untracked.Add(root);
    }

    /// <summary>Drops the aggregates <see cref="AddUntracked"/> registered and not yet saved (a refused import).</summary>
    public void DiscardUntracked() => _untracked.Clear();

    /// <summary>
    /// Starts a set of changes to entities of <typeparamref name="T"/> read without tracking: <see cref="UntrackedEdits{T}.Watch"/>
    /// each before a domain method changes it, then <see cref="SaveUntrackedEditsAsync"/>.
    /// </summary>
    public UntrackedEdits<T> EditUntracked<T>() where T : class =>
        new(Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped."));

    /// <summary>
    /// Saves untracked edits in the current transaction (or one of its own): on SQLite and PostgreSQL one statement per table
    /// (<see cref="UntrackedUpdate"/>), each changed row's concurrency tokens checked against the watched values, Version raised, and
    /// the changes audited as a tracked save audits them; elsewhere the changed entities are attached and saved by EF. A row changed
    /// meanwhile fails the whole save with <see cref="DbUpdateConcurrencyException"/>.
    /// </summary>
    public async Task<int> SaveUntrackedEditsAsync(IReadOnlyList<UntrackedEdits> edits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edits);
        if (!edits.Any(e => e.HasChanges)) return 0;
        if (!Database.IsSqlite() && !Database.IsNpgsql())
            return await SaveUntrackedEditsThroughEfAsync(edits, cancellationToken);

        await AuditLock.WaitAsync(cancellationToken);
        try
        {
            await using var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
            var recorder = AuditRecorder.Empty();
            var written = 0;
            foreach (var edit in edits)
            {
                var rows = await UntrackedUpdate.WriteAsync(this, edit, cancellationToken);
                written += rows.Count;
                recorder.AddUpdated(edit.Type, rows);
            }
            if (recorder.HasChanges) await BulkInsert.InsertUntrackedAsync(this, await ChainedEntriesAsync(recorder, cancellationToken), cancellationToken);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
            return written;
        }
        finally
        {
            AuditLock.Release();
        }
    }

    /// <summary>The recorder's entries, chained onto the last stored one. Call holding the audit lock, inside the save's transaction.</summary>
    private async Task<List<AuditEntry>> ChainedEntriesAsync(AuditRecorder recorder, CancellationToken cancellationToken)
    {
        var last = await AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        return recorder.BuildEntries(last?.Sequence ?? 0, last?.Hash ?? AuditHasher.GenesisHash, _time.GetUtcNow().UtcDateTime, _actor);
    }

    // SQL Server (and tests on SQLite): EF's own update of each changed entity, from the watched values as its originals.
    internal async Task<int> SaveUntrackedEditsThroughEfAsync(IReadOnlyList<UntrackedEdits> edits, CancellationToken cancellationToken)
    {
        var attached = new List<object>();
        foreach (var edit in edits)
        {
            foreach (var (entity, before) in edit.Watched)
            {
                var changed = edit.Changed(entity, before);
                if (changed.Count == 0) continue;
                var entry = Attach(entity);
                foreach (var i in changed)
                {
                    var property = entry.Property(edit.Properties[i].Name);
                    property.OriginalValue = before[i];
                    property.IsModified = true;
                }
                attached.Add(entity);
            }
        }
        try
        {
            return await SaveChangesAsync(cancellationToken);
        }
        finally
        {
            foreach (var entity in attached) Entry(entity).State = EntityState.Detached;
        }
    }

    private sealed class BulkInsertScope(AppDbContext db) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            db._bulkInsertScopes--;
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    /// <summary>
    /// Entities with an integer "Version" concurrency token get it raised on every update, so an edit based on an older
    /// version fails with DbUpdateConcurrencyException instead of overwriting someone else's change.
    /// </summary>
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Modified) continue;
            var version = entry.Metadata.FindProperty("Version");
            if (version is null || !version.IsConcurrencyToken || version.ClrType != typeof(int)) continue;
            var property = entry.Property("Version");
            property.CurrentValue = (int)property.OriginalValue! + 1;
        }
    }

    /// <summary>
    /// Records in the audit chain an event that changes no data but must be accountable, such as a staff member
    /// deliberately revealing a personal ID number. Saved at once, in its own transaction.
    /// </summary>
    public async Task RecordAccessAsync(string entityType, string entityKey, string action, IReadOnlyDictionary<string, string?> details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        await AuditLock.WaitAsync(cancellationToken);
        try
        {
            await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
            var last = await AuditEntries.AsNoTracking()
                .OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash })
                .FirstOrDefaultAsync(cancellationToken);
            var changes = System.Text.Json.JsonSerializer.Serialize(
                details.ToDictionary(kv => kv.Key, kv => new Dictionary<string, string?> { ["before"] = null, ["after"] = kv.Value }),
                new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            var entry = AuditEntry.Create((last?.Sequence ?? 0) + 1, _time.GetUtcNow().UtcDateTime, _actor.UserId, _actor.UserName,
                entityType, entityKey, action, changes, last?.Hash ?? AuditHasher.GenesisHash);
            AuditEntries.Add(entry);
            await base.SaveChangesAsync(true, cancellationToken);
            if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            AuditLock.Release();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        // Identity and our handlers use the async path; the sync one must still audit.
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        // Detected once: left on, ChangeTracker.Entries() (version bump, audit capture, bulk plan) and EF's own save would each scan
        // every tracked entity again — six passes over 2,000 entities per batch of the grading job (docs/benchmarks.md).
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await SaveDetectedChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private async Task<int> SaveDetectedChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var fastPath = BulkInsertsEnabled && (Database.IsSqlite() || Database.IsNpgsql());
        var untracked = _untracked.Count > 0 && fastPath ? UntrackedInsert.Plan(this, _untracked) : null;
        if (_untracked.Count > 0 && !fastPath)
        {
            // No bulk path: EF tracks and saves them (Add walks each graph as it stands now).
            foreach (var root in _untracked) Add(root);
            _untracked.Clear();
        }
        BumpVersions();
        var recorder = AuditRecorder.Capture(ChangeTracker);
        var bulk = fastPath ? BulkInsert.Plan(ChangeTracker) : null;
        if (!recorder.HasChanges && bulk is null && untracked is null)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        await AuditLock.WaitAsync(cancellationToken);
        try
        {
            var ownTransaction = Database.CurrentTransaction is null
                ? await Database.BeginTransactionAsync(cancellationToken)
                : null;
            try
            {
                var written = bulk is null ? 0 : await bulk.WriteAsync(this, cancellationToken);
                written += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                if (untracked is not null)
                {
                    // After EF's save: a new person EF found through a tracked enterprise's appointment now has its key.
                    written += await untracked.WriteAsync(this, cancellationToken);
                    recorder.AddInserted(untracked.Inserted);
                }
                if (recorder.HasChanges)
                {
                    var entries = await ChainedEntriesAsync(recorder, cancellationToken);
                    // Also when nothing was added: the daily job's expiries are updates only, and their audit entries are many.
                    if (fastPath)
                    {
                        await BulkInsert.InsertUntrackedAsync(this, entries, cancellationToken);
                    }
                    else
                    {
                        AuditEntries.AddRange(entries);
                        await base.SaveChangesAsync(true, cancellationToken);
                    }
                }
                if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
                if (untracked is not null) _untracked.Clear();
                return written;
            }
            catch when (bulk is not null || untracked is not null)
            {
                bulk?.Restore();
                untracked?.Restore();
                throw;
            }
            finally
            {
                if (ownTransaction is not null) await ownTransaction.DisposeAsync();
            }
        }
        finally
        {
            AuditLock.Release();
        }
    }
}
