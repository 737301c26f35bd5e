using System.Net;
using FangchengCredit.Web.Tests.Credit;
using FangchengCredit.Web.Tests.Infrastructure;
using MiniExcelLibs;
using static FangchengCredit.Web.Tests.Credit.CreditTestData;

namespace FangchengCredit.Web.Tests.RecordImport;

/// <summary>/Records/Import is for bureau staff; an enterprise user is told it does not exist. The templates import as they are.</summary>
public sealed class RecordImportPageAccess(CreditPortalFactory factory) : IClassFixture<CreditPortalFactory>
{
    [Theory]
    [InlineData(PortalClient.Staff)]
    [InlineData(PortalClient.Chief)]
    [InlineData(PortalClient.Admin)]
    public async Task BureauStaffReachThePage(string email)
    {
        var client = await factory.SignedInAsync(email);

        var page = await client.GetDocumentAsync(RecordImportPage.Url);

        Assert.Equal("批量导入信用记录", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["Penalties", "Accidents"], page.QuerySelectorAll("input[name=kind]").Select(i => i.GetAttribute("value")));
        Assert.NotNull(page.QuerySelector("a[href='/Records/Import/Template/Penalties']"));
        Assert.NotNull(page.QuerySelector("a[href='/Records/Import/Template/Accidents']"));
    }

    [Fact]
    public async Task TheRecordsPageLinksToTheImport()
    {
        var client = await factory.SignedInAsync(PortalClient.Staff);

        var page = await client.GetDocumentAsync("/Records");

        Assert.Equal("批量导入", page.QuerySelector("a[href='/Records/Import']")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("/Records/Import")]
    [InlineData("/Records/Import/Template/Penalties")]
    [InlineData("/Records/Import/Template/Accidents")]
    public async Task AnEnterpriseUserIsToldThePageDoesNotExist(string url)
    {
        var enterprise = await factory.SignedInEnterpriseAsync(await factory.NewEnterpriseAsync());

        var response = await enterprise.GetAsync(Url(url));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnEnterpriseUserCannotPostAFile()
    {
        var enterprise = await factory.SignedInEnterpriseAsync(await factory.NewEnterpriseAsync());
        using var form = new MultipartFormDataContent { { new StringContent("Penalties"), "kind" }, { new ByteArrayContent([1]), "file", "a.csv" } };

        var response = await enterprise.PostAsync(Url(RecordImportPage.Url), form);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
    }

    [Theory]
    [InlineData("Penalties", "行政处罚")]
    [InlineData("Accidents", "生产安全事故")]
    public async Task EachTemplateExplainsItsColumnsAndImportsAsItIs(string kind, string firstSheet)
    {
        await factory.NewEnterpriseAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var template = await (await staff.GetAsync(Url("/Records/Import/Template/" + kind))).Content.ReadAsByteArrayAsync();

        Assert.Equal([firstSheet, "填写说明"], MiniExcel.GetSheetNames(new MemoryStream(template)));
        var notes = new MemoryStream(template).Query(useHeaderRow: true, sheetName: "填写说明").Cast<IDictionary<string, object?>>().ToList();
        Assert.All(notes, n => Assert.False(string.IsNullOrEmpty(n["填写说明"]?.ToString())));
        var (_, page) = await staff.ImportRecordsAsync(kind, template, "模板.xlsx");
        Assert.StartsWith("导入成功：新增 1 条", page.Summary(), StringComparison.Ordinal);
    }
}
