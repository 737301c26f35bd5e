using System.Net;
using FangchengCredit.Web.Tests.Infrastructure;

namespace FangchengCredit.Web.Tests.Foundation;

public sealed class UserAdministration(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> NewUser(string email, string role = "Staff", string password = "Welcome12345") => new()
    {
        ["Email"] = email, ["DisplayName"] = "新同事", ["Role"] = role, ["Password"] = password, ["ConfirmPassword"] = password,
    };

    [Fact]
    public async Task AnAdministratorCreatesAStaffAccountThatCanSignIn()
    {
        var admin = await factory.SignedInAsync(PortalClient.Admin);
        var response = await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", NewUser("newstaff@fangcheng.local"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var list = await admin.GetStringAsync(new Uri("/Admin/Users?q=newstaff", UriKind.Relative));
        Assert.Contains("newstaff@fangcheng.local", list, StringComparison.Ordinal);

        var newcomer = await factory.SignedInAsync("newstaff@fangcheng.local", "Welcome12345");
        var home = await newcomer.GetDocumentAsync("/");
        Assert.Equal("业务股室工作人员", home.QuerySelector("[data-testid=roles]")!.TextContent.Trim());
    }

    [Fact]
    public async Task BadInputIsExplainedInChineseAndNothingIsCreated()
    {
        var admin = await factory.SignedInAsync(PortalClient.Admin);
        var response = await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", new Dictionary<string, string>
        {
            ["Email"] = "not-an-email", ["DisplayName"] = "", ["Role"] = "Enterprise", ["Password"] = "short", ["ConfirmPassword"] = "other",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("电子邮箱格式不正确。", html, StringComparison.Ordinal);
        Assert.Contains("请输入姓名。", html, StringComparison.Ordinal);
        Assert.Contains("请选择有效的角色。", html, StringComparison.Ordinal);
        Assert.Contains("密码至少需要 10 个字符。", html, StringComparison.Ordinal);
        Assert.Contains("两次输入的密码不一致。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("not-an-email", await admin.GetStringAsync(new Uri("/Admin/Users", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APasswordWithoutLettersOrDigitsIsRefused()
    {
        var admin = await factory.SignedInAsync(PortalClient.Admin);
        var digitsOnly = await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", NewUser("digits@fangcheng.local", password: "1234567890"));
        Assert.Contains("密码必须包含字母。", await digitsOnly.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var lettersOnly = await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", NewUser("letters@fangcheng.local", password: "abcdefghijk"));
        Assert.Contains("密码必须包含数字。", await lettersOnly.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADuplicateEmailIsRefused()
    {
        var admin = await factory.SignedInAsync(PortalClient.Admin);
        var response = await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", NewUser(PortalClient.Staff));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已存在", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALockedAccountCannotSignInUntilUnlocked()
    {
        var admin = await factory.SignedInAsync(PortalClient.Admin);
        await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", NewUser("tolock@fangcheng.local"));
        var list = await admin.GetDocumentAsync("/Admin/Users?q=tolock");
        var lockAction = list.QuerySelector("form[action$='/Lock']")!.GetAttribute("action")!;

        var locked = await admin.PostFormAsync("/Admin/Users", lockAction, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        var attempt = await factory.CreateBrowserLikeClient().SignInAsync("tolock@fangcheng.local", "Welcome12345");
        Assert.Contains("账号已锁定", await attempt.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await admin.PostFormAsync("/Admin/Users", lockAction.Replace("/Lock", "/Unlock", StringComparison.Ordinal), new Dictionary<string, string>());
        var again = await factory.CreateBrowserLikeClient().SignInAsync("tolock@fangcheng.local", "Welcome12345");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task AnAdministratorChangesRolesAndTheNewRoleTakesEffect()
    {
        var admin = await factory.SignedInAsync(PortalClient.Admin);
        await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", NewUser("promoted@fangcheng.local"));
        var list = await admin.GetDocumentAsync("/Admin/Users?q=promoted");
        var editUrl = list.QuerySelector("a[href$='/Edit']")!.GetAttribute("href")!;
        var saved = await admin.PostFormAsync(editUrl, editUrl, new Dictionary<string, string>
        {
            ["DisplayName"] = "新股长", ["Roles"] = "SectionChief",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var promoted = await factory.SignedInAsync("promoted@fangcheng.local", "Welcome12345");
        var home = await promoted.GetDocumentAsync("/");
        Assert.Equal("股室负责人", home.QuerySelector("[data-testid=roles]")!.TextContent.Trim());
    }

    [Fact]
    public async Task AnAdministratorCannotLockThemself()
    {
        var admin = await factory.SignedInAsync(PortalClient.Admin);
        var list = await admin.GetDocumentAsync("/Admin/Users?q=admin%40");
        var lockAction = list.QuerySelector("form[action$='/Lock']")!.GetAttribute("action")!;
        await admin.PostFormAsync("/Admin/Users", lockAction, new Dictionary<string, string>());
        var after = await admin.GetAsync(new Uri("/Admin/Users", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}
