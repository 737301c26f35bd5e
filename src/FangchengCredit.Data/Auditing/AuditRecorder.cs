using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

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
                    recorder._pending.Add(new Pending(entry, "Inserted", null, null));
                    break;
                case EntityState.Modified:
                    var changes = new List<AuditChange>();
                    foreach (var p in entry.Properties)
                    {
                        if (!p.IsModified || NeverRecorded.Contains(p.Metadata.Name)) continue;
                        if (Equals(p.OriginalValue, p.CurrentValue)) continue;
                        changes.Add(new AuditChange(p.Metadata.Name, Format(p, p.OriginalValue), Format(p, p.CurrentValue)));
                    }
                    if (changes.Count > 0) recorder._pending.Add(new Pending(entry, "Updated", changes, KeyOf(entry)));
                    break;
                case EntityState.Deleted:
                    var before = new List<AuditChange>();
                    foreach (var p in entry.Properties)
                    {
                        if (NeverRecorded.Contains(p.Metadata.Name)) continue;
                        before.Add(new AuditChange(p.Metadata.Name, Format(p, p.OriginalValue), null));
                    }
                    recorder._pending.Add(new Pending(entry, "Deleted", before, KeyOf(entry)));
                    break;
            }
        }
        return recorder;
    }

    /// <summary>Builds the entries, chained onto the last stored one. Call after the data save, before commit.</summary>
    public List<AuditEntry> BuildEntries(long lastSequence, string lastHash, DateTime nowUtc, IAuditActor actor)
    {
        var result = new List<AuditEntry>(_pending.Count);
        var sequence = lastSequence;
        var previous = lastHash;
        var inserted = new List<AuditChange>();
        foreach (var item in _pending)
        {
            var changes = item.Changes;
            if (item.Action == "Inserted")
            {
                inserted.Clear();
                foreach (var p in item.Entry.Properties)
                {
                    if (NeverRecorded.Contains(p.Metadata.Name)) continue;
                    inserted.Add(new AuditChange(p.Metadata.Name, null, Format(p, p.CurrentValue)));
                }
                changes = inserted;
            }
            var entry = AuditEntry.Create(
                ++sequence, nowUtc, actor.UserId, actor.UserName,
                item.Entry.Metadata.ClrType.Name,
                item.Key ?? KeyOf(item.Entry),
                item.Action,
                AuditChangesJson.Write(changes!),
                previous);
            previous = entry.Hash;
            result.Add(entry);
        }
        return result;
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null) return string.Empty;
        return string.Join(",", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }

    private static string? Format(PropertyEntry property, object? value)
    {
        if (value is null) return null;
        var text = value switch
        {
            DateTime d => d.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        return AuditAnnotations.IsMasked(property.Metadata) ? AuditAnnotations.MaskValue(text) : text;
    }

    private sealed record Pending(EntityEntry Entry, string Action, List<AuditChange>? Changes, string? Key);
}
