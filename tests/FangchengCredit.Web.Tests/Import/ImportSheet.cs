using System.Text;
using FangchengCredit.Domain.Identifiers;
using MiniExcelLibs;

namespace FangchengCredit.Web.Tests.Import;

/// <summary>Builds enterprise 台账 files the way staff fill them in: one dictionary per row, written as .xlsx or .csv.</summary>
public sealed class ImportSheet
{
    public static readonly string[] Columns =
    [
        "统一社会信用代码", "企业名称", "主体类型", "行业", "乡镇街道", "地址", "联系电话", "法定代表人", "法定代表人身份证号",
        "主要负责人", "主要负责人身份证号", "实际控制人", "实际控制人身份证号", "安全风险等级", "重大危险源", "标准化等级", "安责险有效期至",
    ];

    private static int _sequence;

    public List<Dictionary<string, string>> Rows { get; } = [];

    public IReadOnlyList<string> Headers { get; init; } = Columns;

    /// <summary>A valid, unique 统一社会信用代码 for 方城县.</summary>
    public static string NewCode()
    {
        var n = Interlocked.Increment(ref _sequence);
        const string charset = UnifiedSocialCreditCode.Charset;
        var body = new char[8];
        body[0] = 'M';
        body[1] = 'A';
        var value = n + Environment.ProcessId % 1000 * 100_000;
        for (var i = 7; i >= 2; i--)
        {
            body[i] = charset[value % charset.Length];
            value /= charset.Length;
        }
        return UnifiedSocialCreditCode.Create('9', '1', "411322", new string(body)).Value;
    }

    /// <summary>A valid, unique 居民身份证号 issued in 方城县.</summary>
    public static string NewIdNumber()
    {
        var n = Interlocked.Increment(ref _sequence);
        var first17 = $"411322{1960 + n % 40}{1 + n % 12:00}{1 + n % 28:00}{n % 1000:000}";
        // Serial and birth date vary together: the first 21,000 numbers of a test run are all distinct.
        return first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    }

    /// <summary>A complete valid row; override cells with <paramref name="with"/>.</summary>
    public static Dictionary<string, string> ValidRow(string? code = null, Action<Dictionary<string, string>>? with = null)
    {
        var row = new Dictionary<string, string>
        {
            ["统一社会信用代码"] = code ?? NewCode(),
            ["企业名称"] = "方城县测试企业" + Interlocked.Increment(ref _sequence) + "有限公司",
            ["主体类型"] = "企业",
            ["行业"] = "危险化学品",
            ["乡镇街道"] = "凤瑞街道",
            ["地址"] = "方城县凤瑞街道测试路1号",
            ["联系电话"] = "0377-67123456",
            ["法定代表人"] = "张三",
            ["法定代表人身份证号"] = NewIdNumber(),
            ["主要负责人"] = "李四",
            ["主要负责人身份证号"] = NewIdNumber(),
            ["实际控制人"] = "",
            ["实际控制人身份证号"] = "",
            ["安全风险等级"] = "较大",
            ["重大危险源"] = "否",
            ["标准化等级"] = "三级",
            ["安责险有效期至"] = "2027-06-30",
        };
        with?.Invoke(row);
        return row;
    }

    public ImportSheet Add(Dictionary<string, string> row)
    {
        Rows.Add(row);
        return this;
    }

    public byte[] ToXlsx()
    {
        var rows = Rows.Select(r => Headers.ToDictionary(h => h, h => (object?)Cell(r, h))).ToList();
        if (rows.Count == 0) rows.Add(Headers.ToDictionary(h => h, _ => (object?)null));
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    public byte[] ToCsv(Encoding encoding, bool bom = false)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', Headers.Select(Quote))).Append("\r\n");
        foreach (var row in Rows) text.Append(string.Join(',', Headers.Select(h => Quote(Cell(row, h))))).Append("\r\n");
        var body = encoding.GetBytes(text.ToString());
        return bom ? [.. encoding.GetPreamble(), .. body] : body;
    }

    private static string Cell(Dictionary<string, string> row, string header) =>
        row.TryGetValue(header, out var v) ? v
        : row.TryGetValue(header.Replace('（', '(').Replace('）', ')'), out var w) ? w
        : string.Empty;

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
