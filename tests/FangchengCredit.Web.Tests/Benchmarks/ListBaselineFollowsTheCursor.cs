using System.Text.RegularExpressions;
using FangchengCredit.Web.Tests.Infrastructure;
using FangchengCredit.Web.Tests.Registry;
using Microsoft.AspNetCore.Hosting;

namespace FangchengCredit.Web.Tests.Benchmarks;

/// <summary>The list's baseline reads the same page as the portal's "next" link when given the same keyset cursor.</summary>
public sealed partial class ListBaselineFollowsTheCursor
{
    [Fact]
    public async Task TheBaselinesCursorPageIsThePortalsNextPage()
    {
        using var factory = new BaselinesOnFactory();
        for (var i = 0; i < 25; i++) await factory.StoreAsync($"基线游标{i:D2}");
        using var staff = await factory.SignedInAsync(PortalClient.Staff);

        var first = await staff.GetDocumentAsync("/Enterprises");
        var next = first.QuerySelector("[data-testid=next]")!.GetAttribute("href")!;
        var after = AfterPattern().Match(next).Groups[1].Value;
        var portal = (await staff.GetDocumentAsync(next)).QuerySelectorAll("[data-testid=enterprises] tbody tr td.code")
            .Select(td => td.TextContent.Trim()).ToList();

        var baseline = await staff.GetDocumentAsync("/baselines/enterprises?page=2&after=" + after);
        var codes = baseline.QuerySelectorAll("tr").Select(tr => tr.QuerySelector("td")!.TextContent.Trim()).ToList();

        Assert.Equal(20, portal.Count);
        Assert.Equal(portal, codes);
    }

    [GeneratedRegex("after=(\\d+)")]
    private static partial Regex AfterPattern();

    private sealed class BaselinesOnFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Benchmarks:Baselines", "true");
        }
    }
}
