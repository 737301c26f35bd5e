using System.Net;
using FangchengCredit.Web.Tests.Infrastructure;

namespace FangchengCredit.Web.Tests.Foundation;

public sealed class SigningIn(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(PortalClient.Admin, "系统管理员")]
    [InlineData(PortalClient.Chief, "股室负责人")]
    [InlineData(PortalClient.Chief2, "股室负责人")]
    [InlineData(PortalClient.Staff, "业务股室工作人员")]
    [InlineData(PortalClient.Staff2, "业务股室工作人员")]
    public async Task EachDemoAccountReachesTheHomePageWithItsRole(string email, string roleLabel)
    {
        var client = await factory.SignedInAsync(email);
        var document = await client.GetDocumentAsync("/");
        Assert.Equal(roleLabel, document.QuerySelector("[data-testid=roles]")!.TextContent.Trim());
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedWithAChineseMessage()
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await client.SignInAsync(PortalClient.Staff2, "wrong-password-1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("账号或密码不正确", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyFieldsAreNamedInChinese()
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await client.SignInAsync(string.Empty, string.Empty);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请输入账号（电子邮箱）。", html, StringComparison.Ordinal);
        Assert.Contains("请输入密码。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        var client = await factory.SignedInAsync(PortalClient.Chief);
        var response = await client.PostFormAsync("/", "/Account/Logout", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Fact]
    public async Task AnOpenRedirectThroughReturnUrlIsIgnored()
    {
        var client = factory.CreateBrowserLikeClient();
        var token = await client.GetAntiforgeryTokenAsync("/Account/Login");
        var response = await client.PostAsync(new Uri("/Account/Login?returnUrl=https%3A%2F%2Fevil.example%2F", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = PortalClient.Chief2, ["Password"] = PortalClient.DemoPassword, ["__RequestVerificationToken"] = token,
            }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
