using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FangchengCredit.Domain.Grading;

namespace FangchengCredit.Web.Features.Credit;

/// <summary>One stored explanation line: what the policy said about a record (or a bonus) on the evaluation date.</summary>
public sealed record ExplanationEntry(
    long? RecordId,
    GradingRowKind Row,
    int Points,
    string Rule,
    DateOnly? CountsFrom,
    DateOnly? CountsUntil,
    GradeEffect Effect,
    string? Note)
{
    /// <summary>"一般程序行政处罚", "安全生产责任保险"…</summary>
    public string Category => GradingRuleTexts.RowName(Row);

    public string PointsText => GradingRuleTexts.FormatPoints(Points);
}

/// <summary>
/// The explanation as stored beside an evaluation. A format of our own (not the domain record), so that the domain can
/// change without breaking the history already stored.
/// </summary>
public static class ExplanationJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(CreditEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var entries = evaluation.Lines
            .Select(l => new ExplanationEntry(l.RecordId, l.Row, l.Points, l.RuleText, l.CountsFrom, l.CountsUntil, l.Effect, l.Note))
            .ToList();
        return JsonSerializer.Serialize(entries, Options);
    }

    public static IReadOnlyList<ExplanationEntry> Parse(string json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<ExplanationEntry>>(json, Options) ?? [];
}
