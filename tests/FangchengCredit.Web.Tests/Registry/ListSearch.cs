using FangchengCredit.Web.Tests.Infrastructure;

namespace FangchengCredit.Web.Tests.Registry;

/// <summary>The list's search box finds enterprises by name, by code (whole or leading part) and by a linked person.</summary>
public sealed class ListSearch(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static async Task<IReadOnlyList<string>> NamesAsync(HttpClient client, string query)
    {
        var page = await client.GetDocumentAsync("/Enterprises?" + query);
        return page.QuerySelectorAll("[data-testid=enterprises] tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
    }

    [Fact]
    public async Task FindsByAnyPartOfTheName()
    {
        await factory.StoreAsync("方城县搜索甲化工有限公司");
        await factory.StoreAsync("方城县搜索乙机械厂");
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        Assert.Equal(["方城县搜索甲化工有限公司"], await NamesAsync(staff, "q=" + Uri.EscapeDataString("搜索甲")));
        Assert.Equal(2, (await NamesAsync(staff, "q=" + Uri.EscapeDataString("搜索"))).Count);
    }

    [Fact]
    public async Task FindsByTheWholeCodeInAnyCase()
    {
        var stored = await factory.StoreAsync("方城县代码全称测试厂");
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        Assert.Equal(["方城县代码全称测试厂"], await NamesAsync(staff, "q=" + stored.Code.ToLowerInvariant()));
    }

    [Fact]
    public async Task FindsByTheLeadingPartOfTheCodeOnly()
    {
        var a = await factory.StoreAsync("方城县代码前缀甲厂");
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var byPrefix = await NamesAsync(staff, "q=" + a.Code[..12]);
        Assert.Contains("方城县代码前缀甲厂", byPrefix);
        // The same characters from the middle of the code are not a prefix of it.
        Assert.DoesNotContain("方城县代码前缀甲厂", await NamesAsync(staff, "q=" + a.Code[4..14]));
    }

    [Fact]
    public async Task FindsTheEnterprisesOfAPersonByNameOrIdNumber()
    {
        var id = RegistryData.NewIdNumber();
        await factory.StoreAsync("方城县人员搜索甲厂", legalName: "欧阳测试", legalId: id);
        await factory.StoreAsync("方城县人员搜索乙厂", legalName: "欧阳测试", legalId: id);
        await factory.StoreAsync("方城县人员搜索丙厂", legalName: "司马测试");
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var byName = await NamesAsync(staff, "q=" + Uri.EscapeDataString("欧阳测试"));
        Assert.Equal(["方城县人员搜索乙厂", "方城县人员搜索甲厂"], byName.Order(StringComparer.Ordinal));
        var byId = await NamesAsync(staff, "q=" + id);
        Assert.Equal(2, byId.Count);
        Assert.DoesNotContain("方城县人员搜索丙厂", byId);
    }

    [Fact]
    public async Task SaysSoWhenNothingMatches()
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var page = await staff.GetDocumentAsync("/Enterprises?q=" + Uri.EscapeDataString("不存在的企业名称"));
        Assert.Contains("没有符合条件的企业。", page.QuerySelector("[data-testid=empty]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=enterprises]"));
    }
}
