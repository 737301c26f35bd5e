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
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }
}
