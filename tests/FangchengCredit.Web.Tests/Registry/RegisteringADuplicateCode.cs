using System.Net;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Tests.Registry;

/// <summary>A code already in the registry is refused, and the message links to the enterprise that holds it.</summary>
public sealed class RegisteringADuplicateCode(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task IsRefusedWithALinkToTheExistingEnterprise()
    {
        var existing = await factory.StoreAsync("方城县重复代码原厂");
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var fields = await factory.CreateFieldsAsync(existing.Code.ToLowerInvariant(), "方城县重复代码新厂", "郑重复", RegistryData.NewIdNumber());

        var response = await staff.PostFormAsync("/Enterprises/Create", "/Enterprises/Create", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("该统一社会信用代码已登记，不能重复登记。", page.QuerySelector("[data-valmsg-for='Code']")!.TextContent.Trim());
        Assert.Equal($"/Enterprises/{existing.Id}", page.QuerySelector("[data-testid=duplicate-link]")!.GetAttribute("href"));
        Assert.False(await factory.WithDbAsync(db => db.Enterprises.AnyAsync(e => e.Name == "方城县重复代码新厂")));
        Assert.False(await factory.WithDbAsync(db => db.People.AnyAsync(p => p.Name == "郑重复")));
    }
}
