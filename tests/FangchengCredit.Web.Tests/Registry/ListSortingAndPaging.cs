using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Web.Tests.Infrastructure;

namespace FangchengCredit.Web.Tests.Registry;

/// <summary>The list sorts by name, code, registration date and risk, either way, and pages on the server 20 at a time.</summary>
public sealed class ListSortingAndPaging(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Marker = "排序测试";

    private static async Task<IReadOnlyList<string>> NamesAsync(HttpClient client, string extra)
    {
        var page = await client.GetDocumentAsync("/Enterprises?q=" + Uri.EscapeDataString(Marker) + "&" + extra);
        return page.QuerySelectorAll("[data-testid=enterprises] tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
    }

    private async Task<IReadOnlyList<RegistryData.Stored>> SeedAsync()
    {
        // Names, codes, dates and risks deliberately in different orders.
        return
        [
            await factory.StoreAsync(Marker + "B", registeredOn: new DateOnly(2025, 5, 1), risk: RiskLevel.Low),
            await factory.StoreAsync(Marker + "C", registeredOn: new DateOnly(2024, 1, 1), risk: RiskLevel.General),
            await factory.StoreAsync(Marker + "A", registeredOn: new DateOnly(2026, 2, 1), risk: RiskLevel.Major),
        ];
    }

    [Fact]
    public async Task SortsEachWay()
    {
        var stored = await SeedAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        Assert.Equal([Marker + "A", Marker + "B", Marker + "C"], await NamesAsync(staff, "sort=name"));
        Assert.Equal([Marker + "C", Marker + "B", Marker + "A"], await NamesAsync(staff, "sort=name_desc"));
        Assert.Equal([Marker + "C", Marker + "B", Marker + "A"], await NamesAsync(staff, "sort=registered"));
        Assert.Equal([Marker + "A", Marker + "B", Marker + "C"], await NamesAsync(staff, "sort=registered_desc"));
        Assert.Equal([Marker + "A", Marker + "C", Marker + "B"], await NamesAsync(staff, "sort=risk"));
        Assert.Equal([Marker + "B", Marker + "C", Marker + "A"], await NamesAsync(staff, "sort=risk_desc"));

        var byCode = stored.OrderBy(s => s.Code, StringComparer.Ordinal).Select(s => s.Code).ToList();
        var page = await staff.GetDocumentAsync("/Enterprises?q=" + Uri.EscapeDataString(Marker) + "&sort=code");
        Assert.Equal(byCode, page.QuerySelectorAll("[data-testid=enterprises] tbody tr td.code").Select(td => td.TextContent.Trim()));
        page = await staff.GetDocumentAsync("/Enterprises?q=" + Uri.EscapeDataString(Marker) + "&sort=code_desc");
        Assert.Equal(byCode.AsEnumerable().Reverse(), page.QuerySelectorAll("[data-testid=enterprises] tbody tr td.code").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task PagesTwentyAtATimeAndKeepsTheFilterInThePagerLinks()
    {
        var marker = "分页测试";
        for (var i = 0; i < 23; i++) await factory.StoreAsync($"{marker}{i:D2}", industry: "商贸");
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var q = "q=" + Uri.EscapeDataString(marker);

        var first = await staff.GetDocumentAsync("/Enterprises?" + q);
        Assert.Equal(20, first.QuerySelectorAll("[data-testid=enterprises] tbody tr").Length);
        Assert.Contains("第 1 / 2 页，共 23 条", first.QuerySelector(".pagination")!.TextContent, StringComparison.Ordinal);
        var next = first.QuerySelectorAll(".pagination a.page-link").Last().GetAttribute("href")!;
        Assert.Contains("page=2", next, StringComparison.Ordinal);
        Assert.Contains(q, next, StringComparison.Ordinal);

        var second = await staff.GetDocumentAsync(next);
        var rows = second.QuerySelectorAll("[data-testid=enterprises] tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal([$"{marker}20", $"{marker}21", $"{marker}22"], rows);
    }

    [Fact]
    public async Task SortLinksToggleTheDirection()
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var page = await staff.GetDocumentAsync("/Enterprises?sort=code");
        var codeHeader = page.QuerySelectorAll("thead a.sort-link").First(a => a.TextContent.Contains("统一社会信用代码", StringComparison.Ordinal));
        Assert.Contains("sort=code_desc", codeHeader.GetAttribute("href")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APagePastTheEndIsEmptyNotAnError()
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var response = await staff.GetAsync(new Uri("/Enterprises?page=2147483647", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Null(page.QuerySelector("[data-testid=enterprises]"));
    }
}
