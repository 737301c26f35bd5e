using System.Net;
using FangchengCredit.Web.Tests.Infrastructure;

namespace FangchengCredit.Web.Tests.Foundation;

public sealed class Localisation(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ChineseIsTheDefaultEvenForAnEnglishBrowser()
    {
        var client = factory.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");
        var html = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("账号（电子邮箱）", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSwitcherTurnsThePortalEnglishAndBack()
    {
        var client = factory.CreateBrowserLikeClient();
        var toEnglish = await client.PostFormAsync("/Account/Login", "/Culture/Set",
            new Dictionary<string, string> { ["culture"] = "en-US", ["returnUrl"] = "/Account/Login" });
        Assert.Equal(HttpStatusCode.Redirect, toEnglish.StatusCode);
        Assert.Equal("/Account/Login", toEnglish.Headers.Location!.OriginalString);

        var english = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));
        Assert.Contains("Account (email)", english, StringComparison.Ordinal);
        Assert.DoesNotContain("账号（电子邮箱）", english, StringComparison.Ordinal);

        await client.PostFormAsync("/Account/Login", "/Culture/Set", new Dictionary<string, string> { ["culture"] = "zh-CN" });
        Assert.Contains("账号（电子邮箱）", await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidationMessagesFollowTheChosenLanguage()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.PostFormAsync("/Account/Login", "/Culture/Set", new Dictionary<string, string> { ["culture"] = "en-US" });
        var response = await client.SignInAsync(string.Empty, string.Empty);
        Assert.Contains("Please enter your password.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownCultureFallsBackToChinese()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.PostFormAsync("/Account/Login", "/Culture/Set", new Dictionary<string, string> { ["culture"] = "fr-FR" });
        Assert.Contains("账号（电子邮箱）", await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative)), StringComparison.Ordinal);
    }
}
