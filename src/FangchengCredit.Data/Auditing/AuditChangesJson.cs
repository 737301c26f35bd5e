using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FangchengCredit.Data.Auditing;

/// <summary>One property's change in an audit entry.</summary>
internal readonly record struct AuditChange(string Name, string? Before, string? After);

/// <summary>
/// Writes an audit entry's Changes column: <c>{"Name":{"before":…,"after":…},…}</c> in property order, escaped as
/// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> escapes (Chinese stays readable). The bytes are exactly what
/// JsonSerializer wrote for the former dictionary of records, without its per-value type resolution (tens of thousands per import).
/// </summary>
internal static class AuditChangesJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public static string Write(IReadOnlyList<AuditChange> changes)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            foreach (var change in changes)
            {
                writer.WriteStartObject(change.Name);
                writer.WriteString("before", change.Before);
                writer.WriteString("after", change.After);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
