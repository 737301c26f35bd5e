using System.Text.Json;

namespace FangchengCredit.Web.Features.Admin.Audit;

/// <summary>One changed property of an audit entry, read back from its stored JSON for display.</summary>
public sealed record AuditChangeView(string Property, string? Before, string? After)
{
    public static IReadOnlyList<AuditChangeView> Parse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.EnumerateObject()
                .Select(p => new AuditChangeView(p.Name, Read(p.Value, "before"), Read(p.Value, "after")))
                .Where(c => c.Before is not null || c.After is not null)
                .ToList();
        }
        catch (JsonException)
        {
            // A tampered entry may not even be JSON any more; show it raw rather than fail the page.
            return [new AuditChangeView("?", null, json)];
        }
    }

    private static string? Read(JsonElement change, string name) =>
        change.ValueKind == JsonValueKind.Object && change.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.ToString() : null;

    /// <summary>Identity's generic join types print as IdentityUserRole`1; show the plain name.</summary>
    public static string EntityName(string type) => type.Split('`')[0];
}
