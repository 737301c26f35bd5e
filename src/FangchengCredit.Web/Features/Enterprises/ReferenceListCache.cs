using FangchengCredit.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FangchengCredit.Web.Features.Enterprises;

/// <summary>The list's industry and township options (every one, active or not, in the administrator's order).</summary>
public sealed record ReferenceLists(IReadOnlyList<ReferenceOption> Industries, IReadOnlyList<ReferenceOption> Townships);

/// <summary>
/// The list's two reference lists held in process, so the list does not query them on every request (docs/benchmarks-notes/list.md).
/// An entry lives at most <see cref="Lifetime"/> (so another server instance's edits show within a minute) and is dropped at once
/// when this process saves a change to an industry or a township (<see cref="ReferenceChangeInterceptor"/>, registered on the
/// context itself, so no write path through AppDbContext can forget it). A load that raced with such a save is not kept.
/// </summary>
public sealed class ReferenceListCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private sealed record Entry(ReferenceLists Lists, DateTimeOffset LoadedAt, long Generation);

    private Entry? entry;
    private long generation;

    public async Task<ReferenceLists> GetAsync(Func<CancellationToken, Task<ReferenceLists>> load, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(load);
        var now = time.GetUtcNow();
        var current = Volatile.Read(ref entry);
        var startedGeneration = Interlocked.Read(ref generation);
        if (current is not null && current.Generation == startedGeneration && now - current.LoadedAt < Lifetime) return current.Lists;
        var lists = await load(cancellationToken);
        // Keep the lists only if no change was saved while they were read.
        if (Interlocked.Read(ref generation) == startedGeneration) Volatile.Write(ref entry, new Entry(lists, now, startedGeneration));
        return lists;
    }

    /// <summary>Forgets the lists; the next request reads them again.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref generation);
        Volatile.Write(ref entry, null);
    }
}

/// <summary>
/// Drops <see cref="ReferenceListCache"/> when a save adds, changes or deletes an industry or a township: before the save, and again
/// after it (or after it failed), so that a list read while the save was being written is not kept either.
/// </summary>
public sealed class ReferenceChangeInterceptor(ReferenceListCache cache) : SaveChangesInterceptor
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> saving = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Before(eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Before(eventData);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        After(eventData);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        After(eventData);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => After(eventData);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        After(eventData);
        return Task.CompletedTask;
    }

    private void Before(DbContextEventData eventData)
    {
        if (eventData.Context is not { } context) return;
        // Any tracked industry or township counts, whatever its state: the save has not detected changes yet at this point, and
        // detecting them here would run a second DetectChanges on large saves (the import). A needless reload costs one query.
        var tracker = context.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            if (!tracker.Entries().Any(e => e.Entity is Industry or TownshipUnit)) return;
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
        saving.AddOrUpdate(context, context);
        cache.Invalidate();
    }

    private void After(DbContextEventData eventData)
    {
        if (eventData.Context is { } context && saving.Remove(context)) cache.Invalidate();
    }
}
