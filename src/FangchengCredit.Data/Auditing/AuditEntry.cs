namespace FangchengCredit.Data.Auditing;

/// <summary>
/// One append-only line of the audit trail (审计日志). Each entry's hash covers the previous entry's hash,
/// so editing or deleting a stored entry breaks the chain from that point on.
/// </summary>
public class AuditEntry
{
    public long Id { get; private set; }

    /// <summary>Position in the chain, 1-based; unique, so two writers can never fork the chain.</summary>
    public long Sequence { get; private set; }

    public DateTime TimestampUtc { get; private set; }

    public string? UserId { get; private set; }

    public string? UserName { get; private set; }

    public string EntityType { get; private set; } = string.Empty;

    public string EntityKey { get; private set; } = string.Empty;

    /// <summary>Inserted, Updated or Deleted.</summary>
    public string Action { get; private set; } = string.Empty;

    /// <summary>JSON object: property → { "before": …, "after": … }.</summary>
    public string Changes { get; private set; } = "{}";

    public string PreviousHash { get; private set; } = string.Empty;

    public string Hash { get; private set; } = string.Empty;

    private AuditEntry() { }

    internal static AuditEntry Create(
        long sequence, DateTime timestampUtc, string? userId, string? userName,
        string entityType, string entityKey, string action, string changes, string previousHash)
    {
        var entry = Unhashed(sequence, StoredTimestamp(timestampUtc), userId, userName, entityType, entityKey, action, changes, previousHash);
        entry.Hash = AuditHasher.Compute(entry);
        return entry;
    }

    /// <summary>An entry whose hash the caller computed (<see cref="AuditHasher.Chain"/>) from these very fields.</summary>
    internal static AuditEntry Hashed(
        long sequence, DateTime storedTimestampUtc, string? userId, string? userName,
        string entityType, string entityKey, string action, string changes, string previousHash, string hash)
    {
        var entry = Unhashed(sequence, storedTimestampUtc, userId, userName, entityType, entityKey, action, changes, previousHash);
        entry.Hash = hash;
        return entry;
    }

    /// <summary>Whole microseconds: PostgreSQL keeps no finer, and the hash must survive the round trip on every provider.</summary>
    internal static DateTime StoredTimestamp(DateTime timestampUtc) => new(timestampUtc.Ticks - timestampUtc.Ticks % 10, DateTimeKind.Utc);

    private static AuditEntry Unhashed(
        long sequence, DateTime storedTimestampUtc, string? userId, string? userName,
        string entityType, string entityKey, string action, string changes, string previousHash) => new()
        {
            Sequence = sequence,
            TimestampUtc = storedTimestampUtc,
            UserId = userId,
            UserName = userName,
            EntityType = entityType,
            EntityKey = entityKey,
            Action = action,
            Changes = changes,
            PreviousHash = previousHash,
        };
}
