using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Tests.Registry;

/// <summary>
/// The list holds its industry and township options in process; any change saved through AppDbContext — the admin pages, or any other
/// write path — shows in the list's filters on the next request, not a minute later.
/// </summary>
public sealed class ListReferenceCache(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static async Task<IReadOnlyList<string>> OptionsAsync(HttpClient client, string select)
    {
        var page = await client.GetDocumentAsync("/Enterprises");
        return page.QuerySelectorAll($"select#{select} option").Select(o => o.TextContent.Trim()).ToList();
    }

    [Fact]
    public async Task ATownshipAddedOnTheAdminPageAppearsInTheListFilterAtOnce()
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var admin = await factory.SignedInAsync(PortalClient.Admin);
        Assert.DoesNotContain("缓存测试镇", await OptionsAsync(staff, "township"));  // the options are now held

        var created = await admin.PostFormAsync("/Admin/Reference/Townships/Create", "/Admin/Reference/Townships/Create",
            new Dictionary<string, string> { ["Code"] = "411322291", ["Name"] = "缓存测试镇" });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, created.StatusCode);

        Assert.Contains("缓存测试镇", await OptionsAsync(staff, "township"));
    }

    [Fact]
    public async Task AnIndustryRenamedThroughTheContextShowsAtOnceToo()
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        Assert.Contains("烟花爆竹", await OptionsAsync(staff, "industry"));

        await factory.WithDbAsync(async db =>
        {
            var industry = await db.Industries.SingleAsync(i => i.Name == "烟花爆竹");
            industry.Rename("烟花爆竹（改）");
            await db.SaveChangesAsync();
            return 0;
        });

        var options = await OptionsAsync(staff, "industry");
        Assert.Contains("烟花爆竹（改）", options);
        Assert.DoesNotContain("烟花爆竹", options);
    }
}
