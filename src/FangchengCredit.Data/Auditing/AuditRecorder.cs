using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FangchengCredit.Data.Auditing;

/// <summary>
/// Captures tracked changes before a save and turns them into chained audit entries after it,
/// when generated keys are known. Secrets are never recorded; masked properties are recorded masked.
/// </summary>
internal sealed class AuditRecorder
{
    // Identity's own secrets and bookkeeping: never worth recording, and the hash must not leak.
    private static readonly HashSet<string> NeverRecorded = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp",
    };

    private readonly List<Pending> _pending = [];

    public bool HasChanges => _pending.Count > 0;

    public static AuditRecorder Capture(ChangeTracker tracker)
    {
        var recorder = new AuditRecorder();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditEntry || AuditAnnotations.IsSkipped(entry.Metadata)) continue;
            if (entry.Metadata.IsOwned()) continue;
            switch (entry.State)
            {
                case EntityState.Added:
                    recorder._pending.Add(new Pending(entry, entry.Metadata, entry.Entity, "Inserted", null, null));
                    break;
                case EntityState.Modified:
                    var changes = new List<AuditChange>();
                    foreach (var p in entry.Properties)
                    {
                        if (!p.IsModified || NeverRecorded.Contains(p.Metadata.Name)) continue;
                        if (Equals(p.OriginalValue, p.CurrentValue)) continue;
                        changes.Add(new AuditChange(p.Metadata.Name, Format(p.Metadata, p.OriginalValue), Format(p.Metadata, p.CurrentValue)));
                    }
                    if (changes.Count > 0) recorder._pending.Add(new Pending(entry, entry.Metadata, entry.Entity, "Updated", changes, KeyOf(entry)));
                    break;
                case EntityState.Deleted:
                    var before = new List<AuditChange>();
                    foreach (var p in entry.Properties)
                    {
                        if (NeverRecorded.Contains(p.Metadata.Name)) continue;
                        before.Add(new AuditChange(p.Metadata.Name, Format(p.Metadata, p.OriginalValue), null));
                    }
                    recorder._pending.Add(new Pending(entry, entry.Metadata, entry.Entity, "Deleted", before, KeyOf(entry)));
                    break;
            }
        }
        return recorder;
    }

    /// <summary>
    /// Records rows written without EF's tracking (<see cref="Bulk.UntrackedInsert"/>) as EF's inserts are recorded: every
    /// property in the model's order, from the entity's own values. Call after they are written, when their keys are known.
    /// </summary>
    public void AddInserted(IEnumerable<(IEntityType Type, object Entity)> rows)
    {
        foreach (var (type, entity) in rows)
        {
            if (AuditAnnotations.IsSkipped(type)) continue;
            _pending.Add(new Pending(null, type, entity, "Inserted", null, null));
        }
    }

    /// <summary>Records rows updated without EF's tracking (<see cref="Bulk.UntrackedUpdate"/>) with the changes the update made.</summary>
    public void AddUpdated(IEntityType type, IEnumerable<(object Entity, List<AuditChange> Changes)> rows)
    {
        if (AuditAnnotations.IsSkipped(type)) return;
        foreach (var (entity, changes) in rows)
        {
            var recorded = changes.Where(c => !NeverRecorded.Contains(c.Name)).ToList();
            if (recorded.Count > 0) _pending.Add(new Pending(null, type, entity, "Updated", recorded, KeyOf(type, entity)));
        }
    }

    /// <summary>An empty recorder, for saves that record only untracked rows.</summary>
    public static AuditRecorder Empty() => new();

    /// <summary>
    /// Above this many entries the entries' JSON and hashed content are prepared in parallel (a large import records tens of
    /// thousands, and preparing them was most of the audit's cost); the hash chain itself is always built in order.
    /// </summary>
    internal const int PreparedInParallelFrom = 2048;

    /// <summary>Builds the entries, chained onto the last stored one. Call after the data save, before commit.</summary>
    public List<AuditEntry> BuildEntries(long lastSequence, string lastHash, DateTime nowUtc, IAuditActor actor) =>
        BuildEntries(lastSequence, lastHash, nowUtc, actor, PreparedInParallelFrom);

    /// <summary>As above, preparing in parallel from <paramref name="parallelFrom"/> entries (tests compare both ways).</summary>
    internal List<AuditEntry> BuildEntries(long lastSequence, string lastHash, DateTime nowUtc, IAuditActor actor, int parallelFrom)
    {
        var timestamp = AuditEntry.StoredTimestamp(nowUtc);
        var (userId, userName) = (actor.UserId, actor.UserName);
        var prepared = new Prepared[_pending.Count];

        // A tracked entry's values are read through EF's state entries, which are not for concurrent use: in order, here.
        var trackedInserts = new Dictionary<int, (List<AuditChange> Changes, string Key)>();
        for (var i = 0; i < _pending.Count; i++)
        {
            if (_pending[i] is { Action: "Inserted", Entry: { } tracked })
            {
                trackedInserts[i] = (
                    [.. tracked.Properties.Where(p => !NeverRecorded.Contains(p.Metadata.Name))
                        .Select(p => new AuditChange(p.Metadata.Name, null, Format(p.Metadata, p.CurrentValue)))],
                    KeyOf(tracked));
            }
        }

        void Prepare(int from, int to)
        {
            var inserted = new List<AuditChange>();
            for (var i = from; i < to; i++)
            {
                var item = _pending[i];
                var changes = item.Changes;
                var key = item.Key;
                if (trackedInserts.TryGetValue(i, out var tracked))
                {
                    (changes, key) = tracked;
                }
                else if (item.Action == "Inserted")
                {
                    // The same properties in the same order as an entry's (EntityEntry.Properties lists the model's properties).
                    inserted.Clear();
                    foreach (var p in item.Type.GetProperties())
                    {
                        if (NeverRecorded.Contains(p.Name)) continue;
                        inserted.Add(new AuditChange(p.Name, null, Format(p, p.GetGetter().GetClrValue(item.Entity))));
                    }
                    changes = inserted;
                }
                var type = item.Type.ClrType.Name;
                // Updates and deletions carry the key they had when captured; untracked inserts are read from the entity.
                key ??= KeyOf(item.Type, item.Entity);
                var json = AuditChangesJson.Write(changes!);
                prepared[i] = new Prepared(type, key, json,
                    AuditHasher.ContentAfterPreviousHash(lastSequence + i + 1, timestamp, userId, userName, type, key, item.Action, json));
            }
        }

        if (_pending.Count < parallelFrom)
        {
            Prepare(0, _pending.Count);
        }
        else
        {
            Parallel.ForEach(Partitioner.Create(0, _pending.Count, 1024), range => Prepare(range.Item1, range.Item2));
        }

        var result = new List<AuditEntry>(_pending.Count);
        var previous = lastHash;
        for (var i = 0; i < _pending.Count; i++)
        {
            var (type, key, json, content) = prepared[i];
            var hash = AuditHasher.Chain(previous, content);
            result.Add(AuditEntry.Hashed(lastSequence + i + 1, timestamp, userId, userName, type, key, _pending[i].Action, json, previous, hash));
            previous = hash;
        }
        return result;
    }

    /// <summary>An entry's fields and hashed content, before the chain gives it its place.</summary>
    private readonly record struct Prepared(string EntityType, string EntityKey, string Changes, byte[] ContentAfterPreviousHash);

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null) return string.Empty;
        return string.Join(",", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }

    private static string KeyOf(IEntityType type, object entity)
    {
        var key = type.FindPrimaryKey();
        if (key is null) return string.Empty;
        return string.Join(",", key.Properties.Select(p => Convert.ToString(p.GetGetter().GetClrValue(entity), CultureInfo.InvariantCulture)));
    }

    internal static string? Format(IProperty property, object? value)
    {
        if (value is null) return null;
        var text = value switch
        {
            DateTime d => d.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        return AuditAnnotations.IsMasked(property) ? AuditAnnotations.MaskValue(text) : text;
    }

    /// <summary>A change to record: of a tracked entry, or (<see cref="Entry"/> null) of a row written untracked.</summary>
    private sealed record Pending(EntityEntry? Entry, IEntityType Type, object Entity, string Action, List<AuditChange>? Changes, string? Key);
}
