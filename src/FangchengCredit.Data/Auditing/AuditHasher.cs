using System.Buffers;
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
        // Fields are joined with a unit separator that cannot appear in normal text, so "a|b" + "c" never equals "a" + "b|c".
        var content = string.Join('\u001f',
            entry.PreviousHash,
            entry.Sequence.ToString(CultureInfo.InvariantCulture),
            DateTime.SpecifyKind(entry.TimestampUtc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture),
            entry.UserId ?? string.Empty,
            entry.UserName ?? string.Empty,
            entry.EntityType,
            entry.EntityKey,
            entry.Action,
            entry.Changes);
        // One reused hash object per thread and a pooled buffer: a large import hashes tens of thousands of entries.
        var sha = t_sha ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(content.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(content, bytes);
            sha.AppendData(bytes, 0, length);
            Span<byte> hash = stackalloc byte[32];
            sha.GetHashAndReset(hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    [ThreadStatic]
    private static IncrementalHash? t_sha;
}
