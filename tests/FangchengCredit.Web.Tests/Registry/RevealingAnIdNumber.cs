using System.Net;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Tests.Registry;

/// <summary>Full ID numbers appear only in the response to a deliberate, audited reveal; every other page shows them masked.</summary>
public sealed class RevealingAnIdNumber(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string RevealUrl(RegistryData.Stored s) => $"/Enterprises/{s.Id}/People/{s.PersonId}/Reveal";

    [Fact]
    public async Task ShowsTheNumberOnceAndWritesWhoWhyAndForWhichEnterpriseToTheAuditTrail()
    {
        var stored = await factory.StoreAsync("方城县查看身份证测试厂");
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var response = await staff.PostFormAsync($"/Enterprises/{stored.Id}", RevealUrl(stored), new Dictionary<string, string> { ["reason"] = "执法检查核对身份" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(stored.IdNumber, page.QuerySelector("[data-testid=revealed-id]")!.TextContent.Trim());

        var entry = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.EntityType == "Person" && e.EntityKey == stored.PersonId.ToString() && e.Action == "Revealed"));
        Assert.Equal(PortalClient.Staff, entry.UserName);
        Assert.Contains(stored.Code, entry.Changes, StringComparison.Ordinal);
        Assert.Contains("执法检查核对身份", entry.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain(stored.IdNumber, entry.Changes, StringComparison.Ordinal);

        // The next ordinary visit is masked again, and the history says who looked.
        var again = await staff.GetStringAsync(new Uri($"/Enterprises/{stored.Id}", UriKind.Relative));
        Assert.DoesNotContain(stored.IdNumber, again, StringComparison.Ordinal);
        Assert.Contains("查看完整身份证号：测试法人", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoOtherPageEverCarriesTheFullNumber()
    {
        var stored = await factory.StoreAsync("方城县掩码测试厂");
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var masked = stored.IdNumber[..4] + new string('*', 10) + stored.IdNumber[^4..];
        foreach (var url in new[] { $"/Enterprises/{stored.Id}", $"/Enterprises/{stored.Id}/Edit", $"/Persons/{stored.PersonId}", "/Enterprises?q=" + Uri.EscapeDataString("掩码测试") })
        {
            var html = await staff.GetStringAsync(new Uri(url, UriKind.Relative));
            Assert.DoesNotContain(stored.IdNumber, html, StringComparison.Ordinal);
            if (!url.Contains('?', StringComparison.Ordinal)) Assert.Contains(masked, html, StringComparison.Ordinal);
        }
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "Revealed" && e.EntityKey == stored.PersonId.ToString())));
    }

    [Fact]
    public async Task AReasonIsRequiredAndNothingIsRecordedWithoutOne()
    {
        var stored = await factory.StoreAsync("方城县无理由测试厂");
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var response = await staff.PostFormAsync($"/Enterprises/{stored.Id}", RevealUrl(stored), new Dictionary<string, string> { ["reason"] = " " });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "Revealed" && e.EntityKey == stored.PersonId.ToString())));
    }

    [Fact]
    public async Task APersonOfAnotherEnterpriseCannotBeRevealedThroughThisOne()
    {
        var mine = await factory.StoreAsync("方城县本厂");
        var other = await factory.StoreAsync("方城县他厂");
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var response = await staff.PostFormAsync($"/Enterprises/{mine.Id}", $"/Enterprises/{mine.Id}/People/{other.PersonId}/Reveal",
            new Dictionary<string, string> { ["reason"] = "核对" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(other.IdNumber, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
