using System.Net;
using System.Text.Json;
using FangchengCredit.Web.Tests.Infrastructure;

namespace FangchengCredit.Web.Tests.Foundation;

public sealed class AnonymousVisitor(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Home/Index")]
    [InlineData("/Admin/Users")]
    [InlineData("/Admin/Audit")]
    [InlineData("/Account/ChangePassword")]
    public async Task IsSentToTheSignInPage(string url)
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeesTheSignInPageInChineseCharactersNotEscapes()
    {
        var client = factory.CreateBrowserLikeClient();
        var html = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));
        Assert.Contains("账号（电子邮箱）", html, StringComparison.Ordinal);
        Assert.Contains("方城县应急管理局", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html.Replace("&#x2B;", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CanAskWhetherThePortalIsAliveAndReady()
    {
        var client = factory.CreateBrowserLikeClient();
        var alive = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var doc = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", doc.RootElement.GetProperty("status").GetString());
        Assert.Contains(doc.RootElement.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "database");
    }

    [Fact]
    public async Task IsSentToSignInEvenForAnUnknownAddress()
    {
        // Unknown addresses reveal nothing to anonymous visitors: the fallback policy asks them to sign in first.
        var client = factory.CreateBrowserLikeClient();
        var response = await client.GetAsync(new Uri("/no/such/page", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task ASignedInUserGetsAChineseNotFoundPage()
    {
        var client = await factory.SignedInAsync(PortalClient.Staff);
        var response = await client.GetAsync(new Uri("/no/such/page", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReceivesTheSecurityHeaders()
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("Referrer-Policy"));
    }

    [Fact]
    public async Task PagesCarryNoInlineScriptThatTheCspWouldBlock()
    {
        var client = factory.CreateBrowserLikeClient();
        var document = await client.GetDocumentAsync("/Account/Login");
        Assert.All(document.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), "inline <script> found"));
        Assert.Empty(document.QuerySelectorAll("[style]"));
        Assert.Empty(document.QuerySelectorAll("style"));
    }
}
