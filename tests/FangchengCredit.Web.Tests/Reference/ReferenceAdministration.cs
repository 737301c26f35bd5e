using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using FangchengCredit.Web.Features.Admin.Reference;
using FangchengCredit.Web.Tests.Api;
using FangchengCredit.Web.Tests.Import;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Tests.Reference;

public sealed class ReferenceAdministrationIsForAdministrators(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(PortalClient.Staff, "/Admin/Reference")]
    [InlineData(PortalClient.Chief, "/Admin/Reference")]
    [InlineData(PortalClient.Staff, "/Admin/Reference/Industries/Create")]
    [InlineData(PortalClient.Staff, "/Admin/Reference/Townships/411322001/Edit")]
    public async Task OtherRolesAreForbidden(string email, string url)
    {
        var client = await factory.SignedInAsync(email);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task StaffCannotDeactivateAnythingEither()
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var response = await staff.PostFormAsync("/", "/Admin/Reference/Townships/411322001/Deactivate", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Townships.Where(t => t.Code == "411322001").Select(t => t.IsActive).SingleAsync()));
    }

    [Fact]
    public async Task TheAdministratorSeesBothListsInTheirOrderAndTheMenuLinksThem()
    {
        var admin = await factory.SignedInAsync(PortalClient.Admin);
        var page = await admin.GetDocumentAsync("/Admin/Reference");

        Assert.Equal(12, page.QuerySelectorAll("[data-testid=industries] tbody tr").Length);
        Assert.Equal(20, page.QuerySelectorAll("[data-testid=townships] tbody tr").Length);
        Assert.Equal("非煤矿山", page.QuerySelector("[data-testid=industries] tbody tr td:nth-child(2)")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("a.dropdown-item[href='/Admin/Reference']"));
    }
}

public sealed class ReferenceAdministrationEdits(PartnerApiFactory factory) : IClassFixture<PartnerApiFactory>
{
    private static string Cell(IHtmlDocument page, string table, string name, int column) =>
        page.QuerySelectorAll($"[data-testid={table}] tbody tr")
            .Single(tr => tr.QuerySelectorAll("td").Any(td => td.TextContent.Trim() == name))
            .QuerySelectorAll("td")[column].TextContent.Trim();

    private async Task<int> IndustryIdAsync(string name) => await factory.WithDbAsync(db => db.Industries.Where(i => i.Name == name).Select(i => i.Id).SingleAsync());

    [Fact]
    public async Task ARenameShowsUpOnExistingEnterprisesInTheFormChoicesAndInImports()
    {
        var admin = await factory.SignedInAsync(PortalClient.Admin);
        var code = ImportSheet.NewCode();
        var import = await factory.ApiClient().PostAsync(new Uri("/api/v1/enterprises/import", UriKind.Relative),
            PartnerApiFactory.FileForm(new ImportSheet().Add(ImportSheet.ValidRow(code, r => r["行业"] = "纺织")).ToXlsx(), "a.xlsx"));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        var id = await IndustryIdAsync("纺织");

        var renamed = await admin.PostFormAsync($"/Admin/Reference/Industries/{id}/Edit", $"/Admin/Reference/Industries/{id}/Edit",
            new Dictionary<string, string> { ["Name"] = "纺织服装" });

        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var lookup = JsonDocument.Parse(await factory.ApiClient().GetStringAsync(new Uri("/api/v1/enterprises/" + code, UriKind.Relative))).RootElement;
        Assert.Equal("纺织服装", lookup.GetProperty("industry").GetString());
        var options = await factory.WithDbAsync(db => ReferenceOptions.LoadAsync(db));
        Assert.Contains(options.Industries, o => o.Name == "纺织服装" && o.Value == id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(options.Industries, o => o.Name == "纺织");

        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var (_, oldName) = await staff.UploadAndReadResultAsync(new ImportSheet().Add(ImportSheet.ValidRow(with: r => r["行业"] = "纺织")).ToXlsx(), "b.xlsx");
        Assert.Equal([(2, "行业")], oldName.ErrorTable().Select(e => (e.Row, e.Column)));
        var (_, newName) = await staff.UploadAndReadResultAsync(new ImportSheet().Add(ImportSheet.ValidRow(with: r => r["行业"] = "纺织服装")).ToXlsx(), "c.xlsx");
        Assert.Single(newName.Codes("created"));
    }

    [Fact]
    public async Task ADeactivatedItemStaysOnItsEnterprisesButIsNotOfferedForNewOnes()
    {
        var admin = await factory.SignedInAsync(PortalClient.Admin);
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var existingRow = ImportSheet.ValidRow(with: r => r["乡镇街道"] = "二郎庙镇");
        await staff.UploadAndReadResultAsync(new ImportSheet().Add(existingRow).ToXlsx(), "a.xlsx");

        var off = await admin.PostFormAsync("/Admin/Reference", "/Admin/Reference/Townships/411322115/Deactivate", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);

        var page = await admin.GetDocumentAsync("/Admin/Reference");
        Assert.Equal("已停用", Cell(page, "townships", "二郎庙镇", 4));
        var inTownship = await factory.WithDbAsync(db => db.Enterprises.CountAsync(e => e.TownshipCode == "411322115"));
        Assert.True(inTownship >= 1);
        Assert.Equal(inTownship.ToString(System.Globalization.CultureInfo.InvariantCulture), Cell(page, "townships", "二郎庙镇", 3));
        Assert.DoesNotContain((await factory.WithDbAsync(db => ReferenceOptions.LoadAsync(db))).Townships, t => t.Value == "411322115");
        Assert.Contains((await factory.WithDbAsync(db => ReferenceOptions.LoadAsync(db, currentTownshipCode: "411322115"))).Townships, t => t.Value == "411322115" && !t.IsActive);

        var (_, refused) = await staff.UploadAndReadResultAsync(new ImportSheet().Add(ImportSheet.ValidRow(with: r => r["乡镇街道"] = "二郎庙镇")).ToXlsx(), "b.xlsx");
        Assert.Equal([(2, "乡镇街道")], refused.ErrorTable().Select(e => (e.Row, e.Column)));
        Assert.Contains("已停用", refused.ErrorTable()[0].Message, StringComparison.Ordinal);
        var (_, kept) = await staff.UploadAndReadResultAsync(new ImportSheet().Add(existingRow).ToXlsx(), "c.xlsx");
        Assert.Equal([existingRow["统一社会信用代码"]], kept.Codes("updated"));

        await admin.PostFormAsync("/Admin/Reference", "/Admin/Reference/Townships/411322115/Activate", new Dictionary<string, string>());
        Assert.Contains((await factory.WithDbAsync(db => ReferenceOptions.LoadAsync(db))).Townships, t => t.Value == "411322115");
    }

    [Fact]
    public async Task MovingAnItemUpSwapsItWithTheOneAbove()
    {
        var admin = await factory.SignedInAsync(PortalClient.Admin);
        var id = await IndustryIdAsync("危险化学品");

        await admin.PostFormAsync("/Admin/Reference", $"/Admin/Reference/Industries/{id}/Move", new Dictionary<string, string> { ["direction"] = "up" });

        var names = (await admin.GetDocumentAsync("/Admin/Reference")).QuerySelectorAll("[data-testid=industries] tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["危险化学品", "非煤矿山", "烟花爆竹"], names.Take(3));
        var options = await factory.WithDbAsync(db => ReferenceOptions.LoadAsync(db));
        Assert.Equal("危险化学品", options.Industries[0].Name);
        await admin.PostFormAsync("/Admin/Reference", $"/Admin/Reference/Industries/{id}/Move", new Dictionary<string, string> { ["direction"] = "down" });
    }

    [Fact]
    public async Task AddingValidatesInChinese()
    {
        var admin = await factory.SignedInAsync(PortalClient.Admin);

        var empty = await admin.PostFormAsync("/Admin/Reference/Industries/Create", "/Admin/Reference/Industries/Create", new Dictionary<string, string> { ["Name"] = " " });
        var duplicate = await admin.PostFormAsync("/Admin/Reference/Industries/Create", "/Admin/Reference/Industries/Create", new Dictionary<string, string> { ["Name"] = "冶金" });
        var badCode = await admin.PostFormAsync("/Admin/Reference/Townships/Create", "/Admin/Reference/Townships/Create", new Dictionary<string, string> { ["Code"] = "410100001", ["Name"] = "新镇" });
        var takenCode = await admin.PostFormAsync("/Admin/Reference/Townships/Create", "/Admin/Reference/Townships/Create", new Dictionary<string, string> { ["Code"] = "411322001", ["Name"] = "新镇" });

        Assert.Contains("请输入行业名称。", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("已有名为“冶金”的行业。", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("乡镇街道代码应以方城县行政区划代码 411322 开头。", await badCode.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("代码 411322001 已被使用。", await takenCode.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Townships.AnyAsync(t => t.Name == "新镇")));
    }

    [Fact]
    public async Task ANewTownshipIsAddedAtTheEndAndCanBeImportedAtOnce()
    {
        var admin = await factory.SignedInAsync(PortalClient.Admin);
        var added = await admin.PostFormAsync("/Admin/Reference/Townships/Create", "/Admin/Reference/Townships/Create",
            new Dictionary<string, string> { ["Code"] = "411322116", ["Name"] = "新设示例镇" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var page = await admin.GetDocumentAsync("/Admin/Reference");
        Assert.Equal("新设示例镇", page.QuerySelectorAll("[data-testid=townships] tbody tr").Last().QuerySelectorAll("td")[2].TextContent.Trim());
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var (_, result) = await staff.UploadAndReadResultAsync(new ImportSheet().Add(ImportSheet.ValidRow(with: r => r["乡镇街道"] = "新设示例镇")).ToXlsx(), "a.xlsx");
        Assert.Single(result.Codes("created"));
    }
}
