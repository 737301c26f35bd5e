using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FangchengCredit.Data.Auditing;

namespace FangchengCredit.Web.Tests.Foundation;

/// <summary>
/// The audit entry's Changes JSON and hash are now written by hand for speed; they must stay byte for byte what the former
/// JsonSerializer / one-shot SHA-256 code produced, or every stored chain would stop verifying.
/// </summary>
public sealed class AuditEncodingIsUnchanged
{
    private static readonly JsonSerializerOptions Former = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = false };

    public static TheoryData<string?, string?> Values => new()
    {
        { null, "方城县凤瑞街道\"测试\"路1号" },
        { "a\\b/c<d>&e'f", null },
        { "tab\tnew\nline\u0001\u001f", "😀 emoji and \u2028 separator" },
        { string.Empty, "4113****1234" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void ChangesJsonIsWhatJsonSerializerWrote(string? before, string? after)
    {
        var changes = new List<AuditChange> { new("Name", before, after), new("地址", after, before), new("Id", null, "42") };
        var former = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var c in changes) former[c.Name] = new FormerChange(c.Before, c.After);

        Assert.Equal(JsonSerializer.Serialize(former, Former), AuditChangesJson.Write(changes));
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void HashIsTheOneShotSha256OfTheJoinedFields(string? before, string? after)
    {
        var changes = AuditChangesJson.Write([new AuditChange("Name", before, after)]);
        var entry = TestEntry(changes);
        var content = string.Join('\u001f', entry.PreviousHash, entry.Sequence.ToString(CultureInfo.InvariantCulture),
            entry.TimestampUtc.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture),
            entry.UserId ?? string.Empty, entry.UserName ?? string.Empty, entry.EntityType, entry.EntityKey, entry.Action, entry.Changes);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content))), AuditHasher.Compute(entry));
        Assert.Equal(entry.Hash, AuditHasher.Compute(entry));
    }

    private static AuditEntry TestEntry(string changes) =>
        AuditEntry.Create(7, new DateTime(2026, 11, 28, 1, 2, 3, DateTimeKind.Utc).AddTicks(1230), "u1", "staff@fangcheng.local",
            "Enterprise", "42", "Updated", changes, AuditHasher.GenesisHash);

    private sealed record FormerChange(
        [property: JsonPropertyName("before")] string? Before,
        [property: JsonPropertyName("after")] string? After);
}
