using System.Net;
using FangchengCredit.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace FangchengCredit.Web.Tests.Import;

public sealed class ImportPageAccess(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(PortalClient.Staff)]
    [InlineData(PortalClient.Chief)]
    [InlineData(PortalClient.Admin)]
    public async Task BureauStaffReachTheImportPage(string email)
    {
        var client = await factory.SignedInAsync(email);
        var page = await client.GetDocumentAsync(ImportPage.Url);
        Assert.Equal("批量导入企业", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("input[type=file][name=file]"));
    }

    [Theory]
    [InlineData("/Enterprises/Import")]
    [InlineData("/Enterprises/Import/Template")]
    public async Task AnEnterpriseUserIsToldThePageDoesNotExist(string url)
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var code = ImportSheet.NewCode();
        await staff.UploadAndReadResultAsync(new ImportSheet().Add(ImportSheet.ValidRow(code)).ToXlsx(), "a.xlsx");
        var enterprise = await factory.SignedInAsEnterpriseAsync(code);

        var response = await enterprise.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnEnterpriseUserCannotPostAFileEither()
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var code = ImportSheet.NewCode();
        await staff.UploadAndReadResultAsync(new ImportSheet().Add(ImportSheet.ValidRow(code)).ToXlsx(), "a.xlsx");
        var enterprise = await factory.SignedInAsEnterpriseAsync(code);
        var token = await enterprise.GetAntiforgeryTokenAsync("/Account/ChangePassword");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(new ImportSheet().Add(ImportSheet.ValidRow()).ToXlsx()), "file", "a.xlsx" } };

        var response = await enterprise.PostAsync(new Uri(ImportPage.Url, UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheTemplateHasEveryColumnAndAnExampleRowThatImportsAsItIs()
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var response = await staff.GetAsync(new Uri("/Enterprises/Import/Template", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        var rows = new MemoryStream(bytes).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(ImportSheet.Columns, rows[0].Keys);
        Assert.Single(rows);

        var (_, page) = await staff.UploadAndReadResultAsync(bytes, "企业信息导入模板.xlsx");
        Assert.Empty(page.ErrorTable());
        Assert.Single(page.Codes("created").Concat(page.Codes("updated")));
    }

    [Fact]
    public async Task SomeoneElsesResultIsNotShown()
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var (url, _) = await staff.UploadAndReadResultAsync(new ImportSheet().Add(ImportSheet.ValidRow("bad")).ToXlsx(), "a.xlsx");
        var colleague = await factory.SignedInAsync(PortalClient.Staff2);

        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync(new Uri(url + "/Report", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
    }
}
