using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Tests.Registry;

/// <summary>
/// The pager's "next" and "previous" links carry a keyset cursor (the neighbouring row's id): following them gives exactly the rows
/// the page number gives, under every sort, with the filters kept; a cursor whose row is gone falls back to the page number.
/// </summary>
public sealed class ListKeysetPaging(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Marker = "游标测试";
    private static readonly SemaphoreSlim Seeded = new(1, 1);
    private static bool seeded;

    private async Task SeedAsync()
    {
        await Seeded.WaitAsync();
        try
        {
            if (seeded) return;
            // 45 enterprises: three pages; names, dates and risks repeat so that every sort needs its tie-breakers.
            for (var i = 0; i < 45; i++)
                await factory.StoreAsync($"{Marker}{i % 7:D2}", registeredOn: new DateOnly(2025, 1 + i % 5, 1), risk: (RiskLevel)(i % 4));
            seeded = true;
        }
        finally
        {
            Seeded.Release();
        }
    }

    private static async Task<(IReadOnlyList<string> Ids, string? Next, string? Previous)> PageAsync(HttpClient client, string url)
    {
        var page = await client.GetDocumentAsync(url);
        var ids = page.QuerySelectorAll("[data-testid=enterprises] tbody tr td:first-child a").Select(a => a.GetAttribute("href")!).ToList();
        return (ids, page.QuerySelector("[data-testid=next]")?.GetAttribute("href"), page.QuerySelector("[data-testid=previous]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("name")]
    [InlineData("name_desc")]
    [InlineData("code")]
    [InlineData("code_desc")]
    [InlineData("registered")]
    [InlineData("registered_desc")]
    [InlineData("risk")]
    [InlineData("risk_desc")]
    public async Task FollowingNextAndPreviousGivesTheNumberedPages(string sort)
    {
        await SeedAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var list = "/Enterprises?q=" + Uri.EscapeDataString(Marker) + "&sort=" + sort;
        var byNumber = new List<IReadOnlyList<string>>();
        for (var p = 1; p <= 3; p++) byNumber.Add((await PageAsync(staff, list + "&page=" + p)).Ids);
        Assert.Equal([20, 20, 5], byNumber.Select(p => p.Count));
        Assert.Equal(45, byNumber.SelectMany(p => p).Distinct().Count());

        var first = await PageAsync(staff, list);
        Assert.Contains("after=", first.Next, StringComparison.Ordinal);
        Assert.Contains("q=" + Uri.EscapeDataString(Marker), first.Next, StringComparison.Ordinal);
        var second = await PageAsync(staff, first.Next!);
        Assert.Equal(byNumber[1], second.Ids);
        var third = await PageAsync(staff, second.Next!);
        Assert.Equal(byNumber[2], third.Ids);

        Assert.Contains("before=", third.Previous, StringComparison.Ordinal);
        var back = await PageAsync(staff, third.Previous!);
        Assert.Equal(byNumber[1], back.Ids);
        var start = await PageAsync(staff, back.Previous!);
        Assert.Equal(byNumber[0], start.Ids);
        Assert.DoesNotContain("before=", back.Previous, StringComparison.Ordinal);  // page 1 needs no cursor
    }

    [Fact]
    public async Task ACursorWhoseRowIsGoneFallsBackToThePageNumber()
    {
        await SeedAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var list = "/Enterprises?q=" + Uri.EscapeDataString(Marker);
        var missing = await factory.WithDbAsync(db => db.Enterprises.MaxAsync(e => e.Id)) + 1000;

        var second = await PageAsync(staff, list + "&page=2");
        Assert.Equal(second.Ids, (await PageAsync(staff, list + "&page=2&after=" + missing)).Ids);
        Assert.Equal(second.Ids, (await PageAsync(staff, list + "&page=2&before=" + missing)).Ids);
    }
}
