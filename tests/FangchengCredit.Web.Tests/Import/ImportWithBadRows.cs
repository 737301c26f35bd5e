using System.Net;
using FangchengCredit.Domain.Identifiers;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace FangchengCredit.Web.Tests.Import;

public sealed class ImportWithBadRows(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string WrongCheck(string valid) => valid[..^1] + (valid[^1] == '0' ? '1' : '0');

    [Fact]
    public async Task SavesNothingAndReportsExactlyTheThreeBadRowsWithTheirColumns()
    {
        var badCode = WrongCheck(ImportSheet.NewCode());
        var badId = WrongCheck(ImportSheet.NewIdNumber());
        var sheet = new ImportSheet()
            .Add(ImportSheet.ValidRow())                                                          // row 2
            .Add(ImportSheet.ValidRow(badCode))                                                   // row 3
            .Add(ImportSheet.ValidRow())                                                          // row 4
            .Add(ImportSheet.ValidRow(with: r => r["法定代表人身份证号"] = badId))                  // row 5
            .Add(ImportSheet.ValidRow(with: r => { r["安全风险等级"] = "很高"; r["安责险有效期至"] = "2027.06.30"; })) // row 6
            .Add(ImportSheet.ValidRow());                                                         // row 7
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var (resultUrl, page) = await staff.UploadAndReadResultAsync(sheet.ToXlsx(), "台账.xlsx");

        var errors = page.ErrorTable();
        Assert.Equal(
            [(3, "统一社会信用代码"), (5, "法定代表人身份证号"), (6, "安全风险等级"), (6, "安责险有效期至")],
            errors.Select(e => (e.Row, e.Column)));
        Assert.Equal(UnifiedSocialCreditCode.Validate(badCode)!.Message, errors[0].Message);
        Assert.Equal(ResidentIdNumber.Validate(badId)!.Message, errors[1].Message);
        Assert.Contains("很高", errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("yyyy-MM-dd", errors[3].Message, StringComparison.Ordinal);
        Assert.Contains("本次导入未保存任何数据", page.QuerySelector("[data-testid=import-summary]")!.TextContent, StringComparison.Ordinal);

        var allCodes = sheet.Rows.Select(r => r["统一社会信用代码"]).ToList();
        var allIds = sheet.Rows.SelectMany(r => new[] { r["法定代表人身份证号"], r["主要负责人身份证号"] }).ToList();
        Assert.Equal(0, await factory.EnterpriseCountAsync(allCodes));
        Assert.Equal(0, await factory.WithDbAsync(db => db.People.CountAsync(p => allIds.Contains(p.IdNumber))));

        var report = await staff.GetAsync(new Uri(resultUrl + "/Report", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", report.Content.Headers.ContentType!.MediaType);
        var reportRows = (await report.Content.ReadAsStreamAsync()).Query(useHeaderRow: true)
            .Cast<IDictionary<string, object?>>()
            .Select(r => (Convert.ToInt32(r["行号"], System.Globalization.CultureInfo.InvariantCulture), (string)r["列"]!, (string)r["错误原因"]!))
            .ToList();
        Assert.Equal(errors, reportRows);
    }

    [Fact]
    public async Task ADuplicateCodeAndAnIdNumberUnderTwoNamesAreBothReported()
    {
        var code = ImportSheet.NewCode();
        var sharedId = ImportSheet.NewIdNumber();
        var sheet = new ImportSheet()
            .Add(ImportSheet.ValidRow(code, r => { r["法定代表人"] = "张三"; r["法定代表人身份证号"] = sharedId; }))   // row 2
            .Add(ImportSheet.ValidRow(with: r => { r["主要负责人"] = "张叁"; r["主要负责人身份证号"] = sharedId; }))   // row 3
            .Add(ImportSheet.ValidRow(code));                                                                           // row 4
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var (_, page) = await staff.UploadAndReadResultAsync(sheet.ToXlsx(), "台账.xlsx");

        var errors = page.ErrorTable();
        Assert.Equal([(3, "主要负责人身份证号"), (4, "统一社会信用代码")], errors.Select(e => (e.Row, e.Column)));
        Assert.Contains("第 2 行", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("张三", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("与第 2 行的统一社会信用代码重复", errors[1].Message);
        Assert.Equal(0, await factory.EnterpriseCountAsync([code]));
    }

    [Fact]
    public async Task EveryErrorOfARowIsListedNotOnlyTheFirst()
    {
        var sheet = new ImportSheet().Add(ImportSheet.ValidRow(with: r =>
        {
            r["企业名称"] = "";
            r["主体类型"] = "公司";
            r["行业"] = "航天";
            r["乡镇街道"] = "不存在镇";
            r["联系电话"] = "电话号码";
            r["重大危险源"] = "有";
            r["标准化等级"] = "四级";
            r["实际控制人"] = "王五";
        }));
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var (_, page) = await staff.UploadAndReadResultAsync(sheet.ToCsv(System.Text.Encoding.UTF8, bom: true), "台账.csv");

        Assert.Equal(
            ["企业名称", "主体类型", "行业", "乡镇街道", "联系电话", "实际控制人身份证号", "重大危险源", "标准化等级"],
            page.ErrorTable().Select(e => e.Column));
        Assert.All(page.ErrorTable(), e => Assert.Equal(2, e.Row));
    }
}
