using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace FangchengCredit.Web.Tests.RecordImport;

/// <summary>Builds penalty and accident import files (.xlsx, .csv in any encoding) row by row.</summary>
public sealed class RecordSheet
{
    public static readonly string[] PenaltyColumns =
    [
        "行政相对人名称", "统一社会信用代码", "法定代表人", "处罚决定书文号", "违法行为类型", "违法事实", "处罚依据", "处罚类别", "处罚内容",
        "罚款金额(万元)", "没收违法所得(万元)", "暂扣或吊销证照名称及编号", "处罚决定日期", "处罚机关", "程序类别",
    ];

    public static readonly string[] AccidentColumns =
        ["统一社会信用代码", "事故发生日期", "事故地点", "死亡人数", "重伤人数", "直接经济损失(元)", "是否责任事故", "是否瞒报谎报", "事故简要经过"];

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static string Day(int daysAgo) => Today.AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public List<Dictionary<string, object>> Rows { get; } = [];

    public required IReadOnlyList<string> Headers { get; init; }

    public static RecordSheet Penalties(IReadOnlyList<string>? headers = null) => new() { Headers = headers ?? PenaltyColumns };

    public static RecordSheet Accidents(IReadOnlyList<string>? headers = null) => new() { Headers = headers ?? AccidentColumns };

    public static string NewDocument() => "方应急罚〔2026〕" + Guid.NewGuid().ToString("N")[..10] + "号";

    public static Dictionary<string, object> Penalty(string name, string code, Action<Dictionary<string, object>>? with = null)
    {
        var row = new Dictionary<string, object>
        {
            ["行政相对人名称"] = name,
            ["统一社会信用代码"] = code,
            ["法定代表人"] = "张建国",
            ["处罚决定书文号"] = NewDocument(),
            ["违法行为类型"] = "未按规定开展安全培训",
            ["违法事实"] = "未对新员工开展岗前安全培训。",
            ["处罚依据"] = "《中华人民共和国安全生产法》第九十七条",
            ["处罚类别"] = "罚款",
            ["处罚内容"] = "处罚款人民币壹万元整",
            ["罚款金额(万元)"] = "1",
            ["没收违法所得(万元)"] = "",
            ["暂扣或吊销证照名称及编号"] = "",
            ["处罚决定日期"] = Day(10),
            ["处罚机关"] = "方城县应急管理局",
            ["程序类别"] = "一般程序",
        };
        with?.Invoke(row);
        return row;
    }

    public static Dictionary<string, object> Accident(string code, Action<Dictionary<string, object>>? with = null)
    {
        var row = new Dictionary<string, object>
        {
            ["统一社会信用代码"] = code,
            ["事故发生日期"] = Day(5),
            ["事故地点"] = "二号车间" + Guid.NewGuid().ToString("N")[..4],
            ["死亡人数"] = "0",
            ["重伤人数"] = "0",
            ["直接经济损失(元)"] = "20000",
            ["是否责任事故"] = "是",
            ["是否瞒报谎报"] = "否",
            ["事故简要经过"] = "检修时未停机，造成设备损坏。",
        };
        with?.Invoke(row);
        return row;
    }

    public RecordSheet Add(Dictionary<string, object> row)
    {
        Rows.Add(row);
        return this;
    }

    public byte[] ToXlsx()
    {
        var rows = Rows.Select(r => Headers.ToDictionary(h => h, h => Cell(r, h))).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    public byte[] ToCsv(Encoding encoding, bool bom = false)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', Headers.Select(Quote))).Append("\r\n");
        foreach (var row in Rows)
            text.Append(string.Join(',', Headers.Select(h => Quote(Convert.ToString(Cell(row, h), CultureInfo.InvariantCulture) ?? string.Empty)))).Append("\r\n");
        var body = encoding.GetBytes(text.ToString());
        return bom ? [.. encoding.GetPreamble(), .. body] : body;
    }

    /// <summary>Headers may be written with full-width parentheses; the row is keyed by the half-width name.</summary>
    private static object? Cell(Dictionary<string, object> row, string header) =>
        row.TryGetValue(header.Replace('（', '(').Replace('）', ')'), out var v) ? v : null;

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
