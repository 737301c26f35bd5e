using System.Net;
using System.Text;
using System.Text.Json;
using FangchengCredit.Web.Tests.Import;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Tests.Api;

public sealed class PartnerApiImport(PartnerApiFactory factory) : IClassFixture<PartnerApiFactory>
{
    private static readonly Uri Import = new("/api/v1/enterprises/import", UriKind.Relative);

    [Fact]
    public async Task AGoodFileIsSavedAndCounted()
    {
        var existing = ImportSheet.NewCode();
        await factory.ApiClient().PostAsync(Import, PartnerApiFactory.FileForm(new ImportSheet().Add(ImportSheet.ValidRow(existing)).ToXlsx(), "a.xlsx"));
        var sheet = new ImportSheet().Add(ImportSheet.ValidRow(existing)).Add(ImportSheet.ValidRow()).Add(ImportSheet.ValidRow());

        var response = await factory.ApiClient().PostAsync(Import, PartnerApiFactory.FileForm(sheet.ToCsv(Encoding.UTF8, bom: true), "台账.csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2, json.GetProperty("created").GetInt32());
        Assert.Equal(1, json.GetProperty("updated").GetInt32());
        Assert.Equal(3, await factory.EnterpriseCountAsync(sheet.Rows.Select(r => r["统一社会信用代码"])));
    }

    [Fact]
    public async Task ABadFileIs422WithEveryErrorAndNothingSaved()
    {
        var sheet = new ImportSheet()
            .Add(ImportSheet.ValidRow())
            .Add(ImportSheet.ValidRow("91350100M000100Y44"))
            .Add(ImportSheet.ValidRow(with: r => r["乡镇街道"] = "火星镇"));

        var response = await factory.ApiClient().PostAsync(Import, PartnerApiFactory.FileForm(sheet.ToXlsx(), "台账.xlsx"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString(), e.GetProperty("message").GetString()))
            .ToList();
        Assert.Equal(
            [(3, "统一社会信用代码", "第18位校验码应为 3"), (4, "乡镇街道", errors[1].Item3)],
            errors);
        Assert.StartsWith("乡镇街道“火星镇”不存在", errors[1].Item3, StringComparison.Ordinal);
        Assert.Equal(0, await factory.EnterpriseCountAsync(sheet.Rows.Select(r => r["统一社会信用代码"])));
    }

    [Fact]
    public async Task MissingColumnsAre422OnTheHeaderRow()
    {
        var sheet = new ImportSheet { Headers = ImportSheet.Columns.Skip(1).ToList() }.Add(ImportSheet.ValidRow());

        var response = await factory.ApiClient().PostAsync(Import, PartnerApiFactory.FileForm(sheet.ToXlsx(), "a.xlsx"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal(1, error.GetProperty("row").GetInt32());
        Assert.Equal("统一社会信用代码", error.GetProperty("column").GetString());
    }

    [Fact]
    public async Task AnUnreadableFileIs400()
    {
        var response = await factory.ApiClient().PostAsync(Import, PartnerApiFactory.FileForm([1, 2, 3], "台账.xls"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("只能上传 .xlsx 或 .csv 文件", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARequestWithoutTheFileFieldIs400()
    {
        var response = await factory.ApiClient().PostAsync(Import, PartnerApiFactory.FileForm([1], "a.csv", field: "upload"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("字段名为 file", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheImportIsAuditedUnderTheClientName()
    {
        var code = ImportSheet.NewCode();
        await factory.ApiClient().PostAsync(Import, PartnerApiFactory.FileForm(new ImportSheet().Add(ImportSheet.ValidRow(code)).ToXlsx(), "a.xlsx"));

        var actor = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "Enterprise" && e.Changes.Contains(code)).Select(e => e.UserName).SingleAsync());
        Assert.Equal("api:" + PartnerApiFactory.Client, actor);
    }
}
