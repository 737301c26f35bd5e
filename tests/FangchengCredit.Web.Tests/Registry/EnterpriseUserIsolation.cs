using System.Net;
using FangchengCredit.Web.Infrastructure;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Tests.Registry;

/// <summary>
/// An enterprise user sees only its own enterprise, at /My/Enterprise. Every staff page — by id, by person, by guessing an
/// address — answers 404 as if it did not exist, and the only change it can make is its contact phone.
/// </summary>
public sealed class EnterpriseUserIsolation(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<long> OwnIdAsync() =>
        factory.WithDbAsync(db => db.Enterprises.Where(e => e.Code == DemoEnterprises.AccountEnterpriseCode).Select(e => e.Id).SingleAsync());

    [Fact]
    public async Task EveryStaffPageIsNotFoundWhateverTheAddress()
    {
        var other = await factory.StoreAsync("方城县隔离测试他厂");
        var own = await OwnIdAsync();
        var client = await factory.SignedInAsync(RegistryData.EnterpriseUser);
        string[] urls =
        [
            "/Enterprises", "/Enterprises?q=" + Uri.EscapeDataString("方城"), "/Enterprises/Create", "/Enterprises/Export", "/Enterprises/Import",
            $"/Enterprises/{other.Id}", $"/Enterprises/{own}", $"/Enterprises/{other.Id}/Edit", $"/Enterprises/{own}/Edit",
            $"/Enterprises/{other.Id}/Accounts/Create", "/Enterprises/999999", $"/Persons/{other.PersonId}", "/Persons/1",
            "/Enterprises/" + other.Code, "/My/Enterprise/" + other.Id,
        ];
        foreach (var url in urls)
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("页面不存在", html, StringComparison.Ordinal);
            Assert.DoesNotContain("方城县隔离测试他厂", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PostsToStaffActionsAreNotFoundAndChangeNothing()
    {
        var other = await factory.StoreAsync("方城县隔离写入测试厂");
        var client = await factory.SignedInAsync(RegistryData.EnterpriseUser);
        var posts = new Dictionary<string, Dictionary<string, string>>
        {
            [$"/Enterprises/{other.Id}/Edit"] = new() { ["Name"] = "被改名", ["Version"] = "0" },
            [$"/Enterprises/{other.Id}/Status"] = new() { ["Status"] = "Deregistered", ["Version"] = "0" },
            [$"/Enterprises/{other.Id}/People/{other.PersonId}/Reveal"] = new() { ["reason"] = "想看" },
            [$"/Enterprises/{other.Id}/Accounts/Create"] = new() { ["Input.Email"] = "intruder@example.com", ["Input.DisplayName"] = "x", ["Input.Password"] = "Intruder12345", ["Input.ConfirmPassword"] = "Intruder12345" },
            ["/Enterprises/Create"] = new() { ["Code"] = RegistryData.NewCode(), ["Name"] = "偷偷登记" },
        };
        foreach (var (url, fields) in posts)
        {
            var response = await client.PostFormAsync("/My/Enterprise", url, fields);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}");
        }
        var after = await factory.WithDbAsync(db => db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == other.Id));
        Assert.Equal("方城县隔离写入测试厂", after.Name);
        Assert.Equal(0, after.Version);
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "Revealed" && e.EntityKey == other.PersonId.ToString())));
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "intruder@example.com")));
        Assert.False(await factory.WithDbAsync(db => db.Enterprises.AnyAsync(e => e.Name == "偷偷登记")));
    }

    [Fact]
    public async Task SeesItsOwnEnterpriseWithPeopleMaskedAndNoWayToReveal()
    {
        var client = await factory.SignedInAsync(RegistryData.EnterpriseUser);
        var home = await client.GetDocumentAsync("/");
        Assert.Equal("/My/Enterprise", home.QuerySelector("[data-testid=my-enterprise-card] a")!.GetAttribute("href"));
        var menu = home.QuerySelector("#mainNav")!.TextContent;
        Assert.Contains("本企业", menu, StringComparison.Ordinal);
        Assert.DoesNotContain("企业管理", menu, StringComparison.Ordinal);

        var response = await client.GetAsync(new Uri("/My/Enterprise", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var page = await PortalClient.ParseAsync(html);
        Assert.Contains("方城县裕丰化工有限公司", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(DemoEnterprises.AccountEnterpriseCode, page.QuerySelector("[data-testid=basics]")!.TextContent, StringComparison.Ordinal);
        var numbers = page.QuerySelectorAll("[data-testid=people] td.code").Select(td => td.TextContent.Trim()).ToList();
        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.Matches(@"^\d{4}\*{10}[\dX]{4}$", n));
        Assert.DoesNotContain("查看完整身份证号", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/Persons/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/Enterprises/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CanChangeOnlyItsContactPhone()
    {
        var own = await OwnIdAsync();
        var before = await factory.WithDbAsync(db => db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == own));
        var client = await factory.SignedInAsync(RegistryData.EnterpriseUser);
        var version = (await client.GetDocumentAsync("/My/Enterprise")).QuerySelector("input[name='Phone.Version']")!.GetAttribute("value")!;

        var response = await client.PostFormAsync("/My/Enterprise", "/My/Enterprise/Phone", new Dictionary<string, string>
        {
            ["Phone.ContactPhone"] = "13800138000",
            ["Phone.Version"] = version,
            // A hand-made form tries to change more; none of it is bound.
            ["Name"] = "改名企业", ["Phone.Name"] = "改名企业", ["RiskLevel"] = "Low", ["Phone.RiskLevel"] = "Low",
            ["Code"] = RegistryData.NewCode(), ["Status"] = "Deregistered", ["IndustryId"] = "1", ["Id"] = "1", ["EnterpriseId"] = "1",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await factory.WithDbAsync(db => db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == own));
        Assert.Equal("13800138000", after.ContactPhone);
        Assert.Equal(before.Details with { ContactPhone = "13800138000" }, after.Details);
        Assert.Equal(before.Code, after.Code);
        Assert.Equal(before.Status, after.Status);
        Assert.Contains("13800138000", (await client.GetDocumentAsync("/My/Enterprise")).QuerySelector("[data-testid=contact-phone]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadPhoneIsExplainedAndNotSaved()
    {
        var own = await OwnIdAsync();
        var before = await factory.WithDbAsync(db => db.Enterprises.AsNoTracking().Where(e => e.Id == own).Select(e => e.ContactPhone).SingleAsync());
        var client = await factory.SignedInAsync(RegistryData.EnterpriseUser);
        var version = (await client.GetDocumentAsync("/My/Enterprise")).QuerySelector("input[name='Phone.Version']")!.GetAttribute("value")!;

        var response = await client.PostFormAsync("/My/Enterprise", "/My/Enterprise/Phone", new Dictionary<string, string>
        {
            ["Phone.ContactPhone"] = "电话号码", ["Phone.Version"] = version,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("联系电话格式不正确", page.QuerySelector("[data-valmsg-for='Phone.ContactPhone']")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Enterprises.AsNoTracking().Where(e => e.Id == own).Select(e => e.ContactPhone).SingleAsync()));
    }

    [Fact]
    public async Task BureauStaffHaveNoOwnEnterprisePage()
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var response = await staff.GetAsync(new Uri("/My/Enterprise", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
