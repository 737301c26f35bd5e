using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Web.Features.Enterprises;
using FangchengCredit.Web.Tests.Infrastructure;

namespace FangchengCredit.Web.Tests.Registry;

/// <summary>Each filter of the list narrows it to the enterprises that have that value, and filters combine.</summary>
public sealed class ListFilters(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Marker = "筛选测试";

    private static async Task<IReadOnlyList<string>> NamesAsync(HttpClient client, string filter)
    {
        var page = await client.GetDocumentAsync("/Enterprises?q=" + Uri.EscapeDataString(Marker) + "&" + filter);
        return page.QuerySelectorAll("[data-testid=enterprises] tbody tr td:first-child").Select(td => td.TextContent.Trim()).Order(StringComparer.Ordinal).ToList();
    }

    private async Task SeedAsync()
    {
        if (await factory.WithDbAsync(db => Task.FromResult(db.Enterprises.Any(e => e.Name.Contains(Marker))))) return;
        await factory.StoreAsync(Marker + "甲", industry: "烟花爆竹", township: "博望镇", risk: RiskLevel.Major);
        await factory.StoreAsync(Marker + "乙", industry: "烟花爆竹", township: "拐河镇", risk: RiskLevel.Low, status: OperatingStatus.SuspendedForRectification);
        await factory.StoreAsync(Marker + "丙", industry: "纺织", township: "博望镇", risk: RiskLevel.Low, status: OperatingStatus.Deregistered);
    }

    [Fact]
    public async Task ByIndustry()
    {
        await SeedAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var fireworks = await factory.IndustryIdAsync("烟花爆竹");
        Assert.Equal([Marker + "乙", Marker + "甲"], await NamesAsync(staff, $"industry={fireworks}"));
    }

    [Fact]
    public async Task ByTownship()
    {
        await SeedAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        Assert.Equal([Marker + "丙", Marker + "甲"], await NamesAsync(staff, "township=" + await factory.TownshipCodeAsync("博望镇")));
    }

    [Fact]
    public async Task ByRiskLevel()
    {
        await SeedAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        Assert.Equal([Marker + "甲"], await NamesAsync(staff, "risk=Major"));
        Assert.Equal([Marker + "丙", Marker + "乙"], await NamesAsync(staff, "risk=Low"));
    }

    [Fact]
    public async Task ByOperatingStatus()
    {
        await SeedAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        Assert.Equal([Marker + "乙"], await NamesAsync(staff, "status=SuspendedForRectification"));
        Assert.Equal([Marker + "丙"], await NamesAsync(staff, "status=Deregistered"));
    }

    [Fact]
    public async Task FiltersCombine()
    {
        await SeedAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var textiles = await factory.IndustryIdAsync("纺织");
        Assert.Equal([Marker + "丙"], await NamesAsync(staff, $"industry={textiles}&risk=Low"));
        Assert.Empty(await NamesAsync(staff, $"industry={textiles}&risk=Major"));
    }

    [Fact]
    public async Task TheFilterFormShowsTheChosenValuesSelected()
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var fireworks = await factory.IndustryIdAsync("烟花爆竹");
        var township = await factory.TownshipCodeAsync("博望镇");

        var page = await staff.GetDocumentAsync($"/Enterprises?industry={fireworks}&township={township}&risk=Major&status=Operating&grade=B");

        string[] Selected(string select) =>
            page.QuerySelectorAll($"select#{select} option[selected]").Select(o => o.GetAttribute("value")!).ToArray();
        Assert.Equal([fireworks.ToString(System.Globalization.CultureInfo.InvariantCulture)], Selected("industry"));
        Assert.Equal([township], Selected("township"));
        Assert.Equal(["Major"], Selected("risk"));
        Assert.Equal(["Operating"], Selected("status"));
        Assert.Equal(["B"], Selected("grade"));
    }

    [Fact]
    public void EveryFilterOfTheListShapesItsQuery()
    {
        // The list's queries are compiled per shape: a filter the shape forgot would be ignored by the compiled query.
        string[] notFilters = [nameof(EnterpriseFilter.Sort), nameof(EnterpriseFilter.Page), nameof(EnterpriseFilter.After), nameof(EnterpriseFilter.Before)];
        var filters = typeof(EnterpriseFilter).GetProperties().Where(p => p.CanWrite && !notFilters.Contains(p.Name)).ToList();
        Assert.NotEmpty(filters);
        var unfiltered = EnterpriseListQueries.Of(new EnterpriseFilter(), anchor: null, skip: 0).Shape;
        foreach (var property in filters)
        {
            var filter = new EnterpriseFilter();
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            property.SetValue(filter, type == typeof(string) ? "1" : type.IsEnum ? Enum.GetValues(type).GetValue(0) : Convert.ChangeType(1, type, System.Globalization.CultureInfo.InvariantCulture));
            Assert.NotEqual(unfiltered, EnterpriseListQueries.Of(filter, anchor: null, skip: 0).Shape);
        }
    }

    [Theory]
    [InlineData("code", "code")]
    [InlineData("risk_desc", "risk_desc")]
    [InlineData(null, "name")]
    [InlineData("name'--", "name")]
    [InlineData("id", "name")]
    public void ASortTheListDoesNotKnowIsByName(string? sort, string shaped)
    {
        // Shapes must be finitely many (each holds a compiled query), whatever the query string says.
        Assert.Equal(shaped, EnterpriseListQueries.Of(new EnterpriseFilter { Sort = sort }, anchor: null, skip: 0).Shape.Sort);
    }
}
