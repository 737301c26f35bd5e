using System.Net;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace FangchengCredit.Web.Tests.Foundation;

/// <summary>
/// Locking an account renews its security stamp; a browser already signed in as that account is signed out when its stamp is
/// next checked — at most a minute later (decision 0006), not at every request: between checks the validator is not even resolved.
/// </summary>
public sealed class LockingReachesSignedInBrowsers
{
    [Fact]
    public async Task Once_the_stamp_is_due_the_locked_account_s_next_request_is_sent_to_sign_in()
    {
        using var factory = new StampFactory(minutes: "0");
        var (user, locked) = await SignInThenLockAsync(factory, "lockedout@fangcheng.local");

        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        var next = await user.GetAsync(new Uri("/Enterprises", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Equal("/Account/Login", next.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Within_the_minute_the_session_stands_until_its_stamp_is_checked()
    {
        using var factory = new StampFactory(minutes: "1");
        var (user, _) = await SignInThenLockAsync(factory, "notyet@fangcheng.local");

        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync(new Uri("/Enterprises", UriKind.Relative))).StatusCode);
    }

    private static async Task<(HttpClient User, HttpResponseMessage Locked)> SignInThenLockAsync(PortalFactory factory, string email)
    {
        var admin = await factory.SignedInAsync(PortalClient.Admin);
        await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", new Dictionary<string, string>
        {
            ["Email"] = email, ["DisplayName"] = "新同事", ["Role"] = "Staff", ["Password"] = "Welcome12345", ["ConfirmPassword"] = "Welcome12345",
        });
        var user = await factory.SignedInAsync(email, "Welcome12345");
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync(new Uri("/Enterprises", UriKind.Relative))).StatusCode);

        var list = await admin.GetDocumentAsync($"/Admin/Users?q={email}");
        var lockAction = list.QuerySelector("form[action$='/Lock']")!.GetAttribute("action")!;
        return (user, await admin.PostFormAsync("/Admin/Users", lockAction, new Dictionary<string, string>()));
    }

    /// <summary>The portal with <c>Identity:SecurityStampValidationMinutes</c> set (README's settings table).</summary>
    private sealed class StampFactory(string minutes) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Identity:SecurityStampValidationMinutes", minutes);
        }
    }
}
