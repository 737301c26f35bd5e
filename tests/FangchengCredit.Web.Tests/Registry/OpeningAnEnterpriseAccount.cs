using System.Net;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Tests.Registry;

/// <summary>Staff open an account bound to the enterprise; it signs in to that enterprise's page and nothing else.</summary>
public sealed class OpeningAnEnterpriseAccount(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Account(string email, string password = "Company12345") => new()
    {
        ["Input.Email"] = email, ["Input.DisplayName"] = "安全管理员", ["Input.Password"] = password, ["Input.ConfirmPassword"] = password,
    };

    [Fact]
    public async Task TheNewAccountSeesItsEnterpriseAndTheStaffPageListsIt()
    {
        var stored = await factory.StoreAsync("方城县账号测试厂");
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var url = $"/Enterprises/{stored.Id}/Accounts/Create";

        var response = await staff.PostFormAsync(url, url, Account("company@fangcheng.local"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var user = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == "company@fangcheng.local"));
        Assert.Equal(stored.Id, user.EnterpriseId);
        var accounts = (await staff.GetDocumentAsync($"/Enterprises/{stored.Id}")).QuerySelector("[data-testid=accounts]")!.TextContent;
        Assert.Contains("company@fangcheng.local", accounts, StringComparison.Ordinal);

        var company = await factory.SignedInAsync("company@fangcheng.local", "Company12345");
        var own = await company.GetDocumentAsync("/My/Enterprise");
        Assert.Contains("方城县账号测试厂", own.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await company.GetAsync(new Uri($"/Enterprises/{stored.Id}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task BadInputIsExplainedAndNoAccountIsMade()
    {
        var stored = await factory.StoreAsync("方城县账号校验测试厂");
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var url = $"/Enterprises/{stored.Id}/Accounts/Create";

        var response = await staff.PostFormAsync(url, url, new Dictionary<string, string>
        {
            ["Input.Email"] = "not-an-email", ["Input.DisplayName"] = "", ["Input.Password"] = "short", ["Input.ConfirmPassword"] = "other",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("电子邮箱格式不正确。", page.QuerySelector("[data-valmsg-for='Input.Email']")!.TextContent.Trim());
        Assert.Equal("请输入账号名称。", page.QuerySelector("[data-valmsg-for='Input.DisplayName']")!.TextContent.Trim());
        Assert.Equal("密码至少需要 10 个字符。", page.QuerySelector("[data-valmsg-for='Input.Password']")!.TextContent.Trim());

        var duplicate = await staff.PostFormAsync(url, url, Account(PortalClient.Staff));
        Assert.Contains("已存在", (await PortalClient.ParseAsync(await duplicate.Content.ReadAsStringAsync())).QuerySelector("[data-valmsg-for='Input.Email']")!.TextContent, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.EnterpriseId == stored.Id)));
    }

    [Fact]
    public async Task ADeregisteredEnterpriseGetsNoAccount()
    {
        var stored = await factory.StoreAsync("方城县注销账号测试厂", status: OperatingStatus.Deregistered);
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var url = $"/Enterprises/{stored.Id}/Accounts/Create";

        var response = await staff.PostFormAsync(url, url, Account("closed@fangcheng.local"));

        Assert.Contains("已注销的企业不能开通账号。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "closed@fangcheng.local")));
    }
}
