using System.Net;
using FangchengCredit.Web.Tests.Infrastructure;

namespace FangchengCredit.Web.Tests.Foundation;

public sealed class Antiforgery(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ASignInPostWithoutTheTokenIsRejected()
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = PortalClient.Staff, ["Password"] = PortalClient.DemoPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AnAdministratorPostWithoutTheTokenChangesNothing()
    {
        var client = await factory.SignedInAsync(PortalClient.Admin);
        var response = await client.PostAsync(new Uri("/Admin/Users/Create", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "forged@fangcheng.local", ["DisplayName"] = "伪造", ["Role"] = "Administrator",
            ["Password"] = "Forged12345", ["ConfirmPassword"] = "Forged12345",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var list = await client.GetStringAsync(new Uri("/Admin/Users?q=forged", UriKind.Relative));
        Assert.DoesNotContain("forged@fangcheng.local", list, StringComparison.Ordinal);
    }
}
