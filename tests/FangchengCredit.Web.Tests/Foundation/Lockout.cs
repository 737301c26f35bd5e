using FangchengCredit.Web.Tests.Infrastructure;

namespace FangchengCredit.Web.Tests.Foundation;

public sealed class Lockout(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne()
    {
        var client = factory.CreateBrowserLikeClient();
        for (var i = 0; i < 4; i++)
        {
            var wrong = await client.SignInAsync(PortalClient.Staff2, "not-the-password-" + i);
            Assert.Contains("账号或密码不正确", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var fifth = await client.SignInAsync(PortalClient.Staff2, "not-the-password-5");
        Assert.Contains("账号已锁定", await fifth.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var right = await client.SignInAsync(PortalClient.Staff2, PortalClient.DemoPassword);
        Assert.Contains("账号已锁定", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FourWrongPasswordsDoNotLockTheAccount()
    {
        var client = factory.CreateBrowserLikeClient();
        for (var i = 0; i < 4; i++) await client.SignInAsync(PortalClient.Chief2, "not-the-password-" + i);
        var right = await client.SignInAsync(PortalClient.Chief2, PortalClient.DemoPassword);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, right.StatusCode);
    }
}
