using System.Net;
using System.Text;
using FangchengCredit.Web.Tests.Infrastructure;

namespace FangchengCredit.Web.Tests.Import;

/// <summary>A file that cannot be imported at all is explained on the upload form itself, beside the file field.</summary>
public sealed class ImportFileProblems(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<string> FormErrorAsync(byte[] file, string fileName)
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var response = await staff.UploadAsync(file, fileName);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        return page.QuerySelector(".field-validation-error")!.TextContent.Trim();
    }

    [Fact]
    public async Task AWrongFileTypeIsNamed() =>
        Assert.Equal("只能上传 .xlsx 或 .csv 文件（当前文件为“台账.xls”）。", await FormErrorAsync([0xD0, 0xCF, 0x11, 0xE0], "台账.xls"));

    [Fact]
    public async Task AnEmptyFileIsRefused() =>
        Assert.Equal("文件是空的，请选择填写好的文件。", await FormErrorAsync([], "台账.xlsx"));

    [Fact]
    public async Task MissingRequiredColumnsAreNamed()
    {
        var sheet = new ImportSheet { Headers = ImportSheet.Columns.Where(c => c is not ("企业名称" or "主要负责人身份证号")).ToList() }.Add(ImportSheet.ValidRow());
        Assert.Equal("表头缺少必需的列：企业名称、主要负责人身份证号。请使用导入模板的表头。", await FormErrorAsync(sheet.ToCsv(Encoding.UTF8), "台账.csv"));
    }

    [Fact]
    public async Task OptionalColumnsMayBeLeftOutOfTheFile()
    {
        var sheet = new ImportSheet { Headers = ImportSheet.Columns.Take(11).ToList() }.Add(ImportSheet.ValidRow());
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var (_, page) = await staff.UploadAndReadResultAsync(sheet.ToXlsx(), "台账.xlsx");
        Assert.Single(page.Codes("created"));
    }

    [Fact]
    public async Task AHeaderWithoutRowsIsRefused() =>
        Assert.Equal("文件中只有表头，没有数据行。", await FormErrorAsync(new ImportSheet().ToCsv(Encoding.UTF8), "台账.csv"));

    [Fact]
    public async Task SubmittingWithoutAFileAsksForOne()
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var response = await staff.PostFormAsync(ImportPage.Url, ImportPage.Url, new Dictionary<string, string>());
        Assert.Contains("请选择要导入的 .xlsx 或 .csv 文件。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
