using System.Net;
using FangchengCredit.Web.Tests.Infrastructure;
using FangchengCredit.Web.Tests.Registry;

namespace FangchengCredit.Web.Tests.Foundation;

/// <summary>The one-time message after a save (TempData in a cookie): shown once, and no cookie traffic on pages without one.</summary>
public sealed class FlashMessages(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string TempDataCookie = ".AspNetCore.Mvc.CookieTempDataProvider";

    [Fact]
    public async Task APageWithoutAMessageSendsNoTempDataCookie()
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var response = await staff.GetAsync(new Uri("/Enterprises", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(SetCookies(response), c => c.StartsWith(TempDataCookie, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMessageIsShownOnceAndItsCookieIsThenDeleted()
    {
        var stored = await factory.StoreAsync("方城县提示消息测试厂");
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var fields = await staff.EditFieldsAsync(stored.Id);

        var saved = await staff.PostFormAsync($"/Enterprises/{stored.Id}/Edit", $"/Enterprises/{stored.Id}/Edit", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains(SetCookies(saved), c => c.StartsWith(TempDataCookie + "=", StringComparison.Ordinal) && !IsExpired(c));

        var shown = await staff.GetAsync(saved.Headers.Location!);
        Assert.Contains("没有需要保存的修改。", await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(SetCookies(shown), c => c.StartsWith(TempDataCookie + "=", StringComparison.Ordinal) && IsExpired(c));

        var again = await staff.GetStringAsync(saved.Headers.Location!);
        Assert.DoesNotContain("没有需要保存的修改。", again, StringComparison.Ordinal);
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    private static bool IsExpired(string setCookie) => setCookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
}
