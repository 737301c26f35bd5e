using FangchengCredit.Data.Auditing;
using FangchengCredit.Data.Identity;
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

    private readonly IAuditActor _actor;
    private readonly TimeProvider _time;

    public AppDbContext(DbContextOptions<AppDbContext> options, IAuditActor? actor = null, TimeProvider? time = null)
        : base(options)
    {
        _actor = actor ?? SystemAuditActor.Instance;
        _time = time ?? TimeProvider.System;
    }

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        // Identity and our handlers use the async path; the sync one must still audit.
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        var recorder = AuditRecorder.Capture(ChangeTracker);
        if (!recorder.HasChanges)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        await AuditLock.WaitAsync(cancellationToken);
        try
        {
            var ownTransaction = Database.CurrentTransaction is null
                ? await Database.BeginTransactionAsync(cancellationToken)
                : null;
            try
            {
                var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                var last = await AuditEntries.AsNoTracking()
                    .OrderByDescending(e => e.Sequence)
                    .Select(e => new { e.Sequence, e.Hash })
                    .FirstOrDefaultAsync(cancellationToken);
                var entries = recorder.BuildEntries(
                    last?.Sequence ?? 0, last?.Hash ?? AuditHasher.GenesisHash, _time.GetUtcNow().UtcDateTime, _actor);
                AuditEntries.AddRange(entries);
                await base.SaveChangesAsync(true, cancellationToken);
                if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
                return written;
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
