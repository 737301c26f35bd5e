using System.Net;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Tests.Registry;

/// <summary>在营 / 停产整顿 / 注销 change through the domain's rules; a stale form changes nothing.</summary>
public sealed class ChangingTheOperatingStatus(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<OperatingStatus> StatusAsync(long id) =>
        factory.WithDbAsync(db => db.Enterprises.AsNoTracking().Where(e => e.Id == id).Select(e => e.Status).SingleAsync());

    [Fact]
    public async Task SuspendsResumesAndDeregisters()
    {
        var stored = await factory.StoreAsync("方城县状态测试厂");
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var url = $"/Enterprises/{stored.Id}/Status";

        await staff.PostFormAsync($"/Enterprises/{stored.Id}", url, new Dictionary<string, string> { ["Status"] = "SuspendedForRectification", ["Version"] = "0" });
        Assert.Equal(OperatingStatus.SuspendedForRectification, await StatusAsync(stored.Id));
        await staff.PostFormAsync($"/Enterprises/{stored.Id}", url, new Dictionary<string, string> { ["Status"] = "Operating", ["Version"] = "1" });
        Assert.Equal(OperatingStatus.Operating, await StatusAsync(stored.Id));
        await staff.PostFormAsync($"/Enterprises/{stored.Id}", url, new Dictionary<string, string> { ["Status"] = "Deregistered", ["Version"] = "2" });
        Assert.Equal(OperatingStatus.Deregistered, await StatusAsync(stored.Id));

        // A deregistered enterprise cannot come back; the page says why and offers no status form.
        var refused = await staff.PostFormAsync($"/Enterprises/{stored.Id}", url, new Dictionary<string, string> { ["Status"] = "Operating", ["Version"] = "3" });
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var page = await staff.GetStringAsync(new Uri($"/Enterprises/{stored.Id}", UriKind.Relative));
        Assert.Contains("已注销的企业不能恢复为在营", page, StringComparison.Ordinal);
        Assert.Equal(OperatingStatus.Deregistered, await StatusAsync(stored.Id));
    }

    [Fact]
    public async Task AStaleVersionChangesNothing()
    {
        var stored = await factory.StoreAsync("方城县状态并发测试厂");
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        await staff.PostFormAsync($"/Enterprises/{stored.Id}", $"/Enterprises/{stored.Id}/Status", new Dictionary<string, string> { ["Status"] = "SuspendedForRectification", ["Version"] = "0" });

        await staff.PostFormAsync($"/Enterprises/{stored.Id}", $"/Enterprises/{stored.Id}/Status", new Dictionary<string, string> { ["Status"] = "Deregistered", ["Version"] = "0" });

        Assert.Equal(OperatingStatus.SuspendedForRectification, await StatusAsync(stored.Id));
        Assert.Contains("数据已被他人修改，请刷新后重试。", await staff.GetStringAsync(new Uri($"/Enterprises/{stored.Id}", UriKind.Relative)), StringComparison.Ordinal);
    }
}
