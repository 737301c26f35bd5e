using FangchengCredit.Web.Tests.Credit;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using static FangchengCredit.Web.Tests.Credit.CreditTestData;

namespace FangchengCredit.Web.Tests.RecordImport;

/// <summary>One bad row stops the whole file: nothing is saved and the report names exactly the bad rows and cells.</summary>
public sealed class PenaltyImportWithBadRows(CreditPortalFactory factory) : IClassFixture<CreditPortalFactory>
{
    [Fact]
    public async Task ThreeBadRowsSaveNothingAndAreNamedOnScreenAndInTheReport()
    {
        var id = await factory.NewEnterpriseAsync("方城县恒通机械有限公司");
        var code = await factory.CodeOfAsync(id);
        var sheet = RecordSheet.Penalties()
            .Add(RecordSheet.Penalty("方城县恒通机械有限公司", code))
            .Add(RecordSheet.Penalty("方城县恒通机械有限公司", code, r => r["处罚决定日期"] = Today.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .Add(RecordSheet.Penalty("方城县恒通机械有限公司", code, r => r["罚款金额(万元)"] = "1.0000001"))
            .Add(RecordSheet.Penalty("方城县恒通机械有限公司", code))
            .Add(RecordSheet.Penalty("方城县恒通机械有限公司", code, r => r["程序类别"] = "普通程序"));
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var (url, page) = await staff.ImportRecordsAsync("Penalties", sheet.ToXlsx(), "处罚.xlsx");

        Assert.Equal([(3, "处罚决定日期"), (4, "罚款金额(万元)"), (6, "程序类别")], page.Errors().Select(e => (e.Row, e.Column)));
        Assert.StartsWith("处罚决定日期", page.Errors()[0].Message, StringComparison.Ordinal);
        Assert.Contains("最多保留 6 位小数", page.Errors()[1].Message, StringComparison.Ordinal);
        Assert.Equal("程序类别“普通程序”无效，应填写“简易程序”或“一般程序”", page.Errors()[2].Message);
        Assert.Contains("本次导入未保存任何数据", page.Summary(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Penalties.CountAsync(p => p.EnterpriseId == id)));

        var report = await staff.GetAsync(Url(url + "/Report"));
        var rows = (await report.Content.ReadAsByteArrayAsync()) is var bytes
            ? new MemoryStream(bytes).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList()
            : [];
        Assert.Equal(["3 处罚决定日期", "4 罚款金额(万元)", "6 程序类别"], rows.Select(r => $"{r["行号"]} {r["列"]}"));
    }

    [Fact]
    public async Task NegativeAmountsAndMissingRequiredCellsAreNamed()
    {
        var id = await factory.NewEnterpriseAsync("方城县远大化工有限公司");
        var code = await factory.CodeOfAsync(id);
        var sheet = RecordSheet.Penalties()
            .Add(RecordSheet.Penalty("方城县远大化工有限公司", code, r => r["没收违法所得(万元)"] = "-0.5"))
            .Add(RecordSheet.Penalty("方城县远大化工有限公司", code, r => { r["违法事实"] = ""; r["处罚类别"] = "吊销许可证"; }));
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var (_, page) = await staff.ImportRecordsAsync("Penalties", sheet.ToXlsx(), "处罚.xlsx");

        Assert.Equal(
            [(2, "没收违法所得(万元)"), (3, "违法事实"), (3, "暂扣或吊销证照名称及编号")],
            page.Errors().Select(e => (e.Row, e.Column)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Penalties.CountAsync(p => p.EnterpriseId == id)));
    }
}
