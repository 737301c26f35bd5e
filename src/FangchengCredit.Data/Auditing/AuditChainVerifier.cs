using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Data.Auditing;

/// <summary>The outcome of walking the chain: intact, or the first entry that does not fit and why.</summary>
public sealed record AuditVerification(bool IsIntact, long EntriesChecked, long? BrokenSequence, long? BrokenId, string? Reason);

/// <summary>Walks the audit trail in order and names the first entry whose hash or link does not fit.</summary>
public static class AuditChainVerifier
{
    public static async Task<AuditVerification> VerifyAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var previousHash = AuditHasher.GenesisHash;
        long expectedSequence = 1;
        long checkedCount = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (entry.Sequence != expectedSequence)
                return new AuditVerification(false, checkedCount, entry.Sequence, entry.Id, $"序号不连续：应为 {expectedSequence}，实际为 {entry.Sequence}（可能有记录被删除）");
            if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
                return new AuditVerification(false, checkedCount, entry.Sequence, entry.Id, "前一条记录的哈希与本条记录保存的不一致");
            if (!string.Equals(AuditHasher.Compute(entry), entry.Hash, StringComparison.Ordinal))
                return new AuditVerification(false, checkedCount, entry.Sequence, entry.Id, "本条记录的内容与其哈希不符（内容被修改）");
            previousHash = entry.Hash;
            expectedSequence++;
            checkedCount++;
        }
        return new AuditVerification(true, checkedCount, null, null, null);
    }
}
