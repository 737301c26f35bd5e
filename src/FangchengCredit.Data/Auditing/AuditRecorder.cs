using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
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

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
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
                    var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
                    foreach (var p in entry.Properties)
                    {
                        if (!p.IsModified || NeverRecorded.Contains(p.Metadata.Name)) continue;
                        if (Equals(p.OriginalValue, p.CurrentValue)) continue;
                        changes[p.Metadata.Name] = new Change(Format(p, p.OriginalValue), Format(p, p.CurrentValue));
                    }
                    if (changes.Count > 0) recorder._pending.Add(new Pending(entry, "Updated", changes, KeyOf(entry)));
                    break;
                case EntityState.Deleted:
                    var before = new Dictionary<string, object?>(StringComparer.Ordinal);
                    foreach (var p in entry.Properties)
                    {
                        if (NeverRecorded.Contains(p.Metadata.Name)) continue;
                        before[p.Metadata.Name] = new Change(Format(p, p.OriginalValue), null);
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
        foreach (var item in _pending)
        {
            var changes = item.Changes;
            if (item.Action == "Inserted")
            {
                changes = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var p in item.Entry.Properties)
                {
                    if (NeverRecorded.Contains(p.Metadata.Name)) continue;
                    changes[p.Metadata.Name] = new Change(null, Format(p, p.CurrentValue));
                }
            }
            var entry = AuditEntry.Create(
                ++sequence, nowUtc, actor.UserId, actor.UserName,
                item.Entry.Metadata.ClrType.Name,
                item.Key ?? KeyOf(item.Entry),
                item.Action,
                JsonSerializer.Serialize(changes, JsonOptions),
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

    private sealed record Pending(EntityEntry Entry, string Action, Dictionary<string, object?>? Changes, string? Key);

    private sealed record Change(
        [property: System.Text.Json.Serialization.JsonPropertyName("before")] string? Before,
        [property: System.Text.Json.Serialization.JsonPropertyName("after")] string? After);
}
