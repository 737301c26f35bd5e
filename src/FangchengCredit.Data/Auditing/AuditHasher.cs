using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FangchengCredit.Data.Auditing;

/// <summary>The chain rule: SHA-256 over the previous hash and this entry's content, as lower-case hex.</summary>
public static class AuditHasher
{
    /// <summary>The hash the first entry points back to.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Chain(entry.PreviousHash, ContentAfterPreviousHash(
            entry.Sequence, entry.TimestampUtc, entry.UserId, entry.UserName, entry.EntityType, entry.EntityKey, entry.Action, entry.Changes));
    }

    /// <summary>
    /// The UTF-8 bytes of an entry's hashed content after its previous hash (the separator first). Independent of the chain,
    /// so a large save prepares them in parallel and only <see cref="Chain"/> runs in order.
    /// </summary>
    internal static byte[] ContentAfterPreviousHash(
        long sequence, DateTime timestampUtc, string? userId, string? userName, string entityType, string entityKey, string action, string changes) =>
        // Fields are joined with a unit separator that cannot appear in normal text, so "a|b" + "c" never equals "a" + "b|c".
        Encoding.UTF8.GetBytes(string.Join('\u001f',
            string.Empty,
            sequence.ToString(CultureInfo.InvariantCulture),
            DateTime.SpecifyKind(timestampUtc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture),
            userId ?? string.Empty,
            userName ?? string.Empty,
            entityType,
            entityKey,
            action,
            changes));

    /// <summary>SHA-256 over the previous hash and the rest of the content, as lower-case hex: the chain's one sequential step.</summary>
    internal static string Chain(string previousHash, ReadOnlySpan<byte> contentAfterPreviousHash)
    {
        // One reused hash object per thread: a large import hashes tens of thousands of entries. The previous hash is whatever
        // is stored (a tampered one may be anything), so it is encoded as any text.
        var sha = t_sha ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(previousHash));
        sha.AppendData(contentAfterPreviousHash);
        Span<byte> hash = stackalloc byte[32];
        sha.GetHashAndReset(hash);
        return Convert.ToHexStringLower(hash);
    }

    [ThreadStatic]
    private static IncrementalHash? t_sha;
}
