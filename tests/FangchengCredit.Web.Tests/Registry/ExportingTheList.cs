using System.Net;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace FangchengCredit.Web.Tests.Registry;

/// <summary>导出Excel writes the filtered list as .xlsx with Chinese headers and yyyy/MM/dd dates, and no ID numbers.</summary>
public sealed class ExportingTheList(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ContainsExactlyTheFilteredRows()
    {
        var a = await factory.StoreAsync("导出测试甲厂", risk: RiskLevel.Major, registeredOn: new DateOnly(2026, 3, 9), legalName: "导出法人");
        await factory.StoreAsync("导出测试乙厂", risk: RiskLevel.Low);
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var response = await staff.GetAsync(new Uri("/Enterprises/Export?q=" + Uri.EscapeDataString("导出测试") + "&risk=Major", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var rows = (await MiniExcel.QueryAsync(stream, useHeaderRow: true, excelType: ExcelType.XLSX)).Cast<IDictionary<string, object?>>().ToList();

        var row = Assert.Single(rows);
        Assert.Equal(a.Code, row["统一社会信用代码"]);
        Assert.Equal("导出测试甲厂", row["企业名称"]);
        Assert.Equal("重大", row["安全风险等级"]);
        Assert.Equal("机械", row["行业"]);
        Assert.Equal("独树镇", row["乡镇街道"]);
        Assert.Equal("导出法人", row["法定代表人"]);
        Assert.Equal("在营", row["经营状态"]);
        Assert.Equal("2026/03/09", row["登记日期"]);
        Assert.DoesNotContain(row.Values, v => v?.ToString() == a.IdNumber);
    }

    [Fact]
    public async Task AnEmptyResultIsAFileWithItsHeadersOnly()
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var response = await staff.GetAsync(new Uri("/Enterprises/Export?q=" + Uri.EscapeDataString("没有这样的企业"), UriKind.Relative));
        await using var stream = await response.Content.ReadAsStreamAsync();
        var rows = (await MiniExcel.QueryAsync(stream, useHeaderRow: false, excelType: ExcelType.XLSX)).Cast<IDictionary<string, object?>>().ToList();
        var header = Assert.Single(rows);
        Assert.Equal("统一社会信用代码", header["A"]);
        Assert.Equal("登记日期", header["P"]);
    }

    [Fact]
    public async Task TheListLinksToTheExportWithTheSameFilter()
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var page = await staff.GetDocumentAsync("/Enterprises?risk=Major&page=2");
        var href = page.QuerySelector("[data-testid=export]")!.GetAttribute("href")!;
        Assert.StartsWith("/Enterprises/Export?", href, StringComparison.Ordinal);
        Assert.Contains("risk=Major", href, StringComparison.Ordinal);
        Assert.DoesNotContain("page=", href, StringComparison.Ordinal);
    }
}
