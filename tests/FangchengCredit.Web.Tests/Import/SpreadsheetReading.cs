using System.Text;
using FangchengCredit.Web.Infrastructure.Spreadsheets;
using MiniExcelLibs;

namespace FangchengCredit.Web.Tests.Import;

public sealed class SpreadsheetReading
{
    private static readonly string[] Columns = ["统一社会信用代码", "企业名称", "罚款金额(万元)", "决定日期"];

    private static readonly SpreadsheetReader Reader = new(new KeyLocalizer());

    private static Task<SpreadsheetTable> ReadAsync(byte[] bytes, string fileName) =>
        Reader.ReadAsync(new MemoryStream(bytes), fileName, new SpreadsheetReadOptions { Columns = Columns });

    private static byte[] Xlsx(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.ToList());
        return stream.ToArray();
    }

    private const string CsvText = "企业名称,统一社会信用代码,决定日期,罚款金额（万元）\r\n方城县甲公司,91411322MA0000001X,2026/03/01,1.5\r\n\r\n\"方城县乙公司, 分公司\",91411322MA0000002X,2026-03-02,\r\n";

    [Fact]
    public async Task XlsxColumnsInAnyOrderAreReadByHeaderWithExcelRowNumbers()
    {
        var bytes = Xlsx(
        [
            new() { ["决定日期"] = new DateTime(2026, 3, 1), ["企业名称"] = "方城县甲公司", ["统一社会信用代码"] = "91411322MA0000001X", ["罚款金额（万元）"] = 1.5 },
            new() { ["决定日期"] = "2026/03/02", ["企业名称"] = "  方城县乙公司 ", ["统一社会信用代码"] = "91411322MA0000002X", ["罚款金额（万元）"] = null },
        ]);

        var table = await ReadAsync(bytes, "台账.xlsx");

        Assert.Equal(2, table.Rows.Count);
        Assert.Equal([2, 3], table.Rows.Select(r => r.Number));
        Assert.Equal("方城县甲公司", table.Rows[0]["企业名称"]);
        Assert.Equal("2026-03-01", table.Rows[0]["决定日期"]);
        Assert.Equal("1.5", table.Rows[0]["罚款金额(万元)"]);
        Assert.Equal("方城县乙公司", table.Rows[1]["企业名称"]);
        Assert.Equal(string.Empty, table.Rows[1]["罚款金额(万元)"]);
        Assert.True(table.Rows[0].WasNumber("罚款金额(万元)"));
        Assert.False(table.Rows[0].WasNumber("统一社会信用代码"));
    }

    [Theory]
    [InlineData("utf-8", true)]
    [InlineData("utf-8", false)]
    [InlineData("GB18030", false)]
    public async Task CsvIsReadInUtf8WithOrWithoutBomAndInGb18030(string encodingName, bool bom)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = bom ? [.. encoding.GetPreamble(), .. encoding.GetBytes(CsvText)] : encoding.GetBytes(CsvText);
        if (encodingName == "GB18030") Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));

        var table = await ReadAsync(bytes, "台账.CSV");

        Assert.Equal(["企业名称", "统一社会信用代码", "决定日期", "罚款金额(万元)"], table.Headers);
        Assert.Equal([2, 4], table.Rows.Select(r => r.Number));
        Assert.Equal("方城县甲公司", table.Rows[0]["企业名称"]);
        Assert.Equal("方城县乙公司, 分公司", table.Rows[1]["企业名称"]);
        Assert.Equal("1.5", table.Rows[0]["罚款金额(万元)"]);
        Assert.Equal(string.Empty, table.Rows[1]["罚款金额(万元)"]);
    }

    [Fact]
    public async Task QuotedCsvFieldsMayHoldCommasQuotesAndLineBreaks()
    {
        var bytes = Encoding.UTF8.GetBytes("企业名称,决定日期\n\"甲\"\"乙\"\"\",\"2026-01-01\"\n\"第一行\n第二行\",2026-01-02\n");

        var table = await ReadAsync(bytes, "a.csv");

        Assert.Equal("甲\"乙\"", table.Rows[0]["企业名称"]);
        Assert.Equal("第一行\n第二行", table.Rows[1]["企业名称"]);
        Assert.Equal(3, table.Rows[1].Number);
    }

    [Theory]
    [InlineData(" 罚款金额（万元） ")]
    [InlineData("罚款金额(万元)")]
    [InlineData("*罚款金额（万元)")]
    public async Task HeadersMatchAfterTrimmingAndNormalisingParentheses(string header)
    {
        var table = await ReadAsync(Encoding.UTF8.GetBytes($"{header},企业名称\n2,甲\n"), "a.csv");

        Assert.True(table.HasColumn("罚款金额(万元)"));
        Assert.Equal("2", table.Rows[0]["罚款金额(万元)"]);
        Assert.Equal(["决定日期", "统一社会信用代码"], table.MissingColumns(["企业名称", "决定日期", "统一社会信用代码"]).Order());
    }

    [Theory]
    [InlineData("2026-03-01")]
    [InlineData("2026/03/01")]
    [InlineData("2026/3/1")]
    public void DatesAreReadInBothSeparators(string text)
    {
        Assert.True(SpreadsheetText.TryParseDate(text, out var date));
        Assert.Equal(new DateOnly(2026, 3, 1), date);
    }

    [Theory]
    [InlineData("2026.03.01")]
    [InlineData("20260301")]
    [InlineData("2026-02-30")]
    [InlineData("明年")]
    public void OtherDateSpellingsAreRefused(string text) => Assert.False(SpreadsheetText.TryParseDate(text, out _));
}

public sealed class SpreadsheetReadingRefusals
{
    private static readonly SpreadsheetReader Reader = new(new KeyLocalizer());

    private static async Task<string> RefusalAsync(byte[] bytes, string fileName, SpreadsheetReadOptions? options = null)
    {
        var e = await Assert.ThrowsAsync<SpreadsheetException>(() =>
            Reader.ReadAsync(new MemoryStream(bytes), fileName, options ?? new SpreadsheetReadOptions { Columns = ["企业名称"] }));
        return e.Message;
    }

    [Fact]
    public async Task AnOldXlsFileIsRefusedByItsType() =>
        Assert.Contains("只能上传 .xlsx 或 .csv 文件", await RefusalAsync([1, 2, 3], "台账.xls"), StringComparison.Ordinal);

    [Fact]
    public async Task AnEmptyFileIsRefused() =>
        Assert.Contains("文件是空的", await RefusalAsync([], "台账.csv"), StringComparison.Ordinal);

    [Fact]
    public async Task AFileOfBlankLinesHasNoHeader() =>
        Assert.Contains("第一行应为表头", await RefusalAsync(Encoding.UTF8.GetBytes(",,\r\n\r\n"), "台账.csv"), StringComparison.Ordinal);

    [Fact]
    public async Task ADamagedXlsxIsRefused() =>
        Assert.Contains("无法读取该 .xlsx 文件", await RefusalAsync(Encoding.UTF8.GetBytes("not a zip"), "台账.xlsx"), StringComparison.Ordinal);

    [Fact]
    public async Task ARepeatedHeaderIsRefused() =>
        Assert.Contains("“企业名称”出现了不止一次", await RefusalAsync(Encoding.UTF8.GetBytes("企业名称,企业名称\n甲,乙\n"), "a.csv"), StringComparison.Ordinal);

    [Fact]
    public async Task MoreRowsThanAllowedAreRefused() =>
        Assert.Contains("每次最多导入 2 行", await RefusalAsync(Encoding.UTF8.GetBytes("企业名称\n甲\n乙\n丙\n"), "a.csv",
            new SpreadsheetReadOptions { Columns = ["企业名称"], MaxRows = 2 }), StringComparison.Ordinal);

    [Fact]
    public async Task AFileLargerThanTheLimitIsRefused() =>
        Assert.Contains("文件超过 1 MB", await RefusalAsync(new byte[1024 * 1024 + 1], "a.csv",
            new SpreadsheetReadOptions { Columns = ["企业名称"], MaxBytes = 1024 * 1024 }), StringComparison.Ordinal);
}
