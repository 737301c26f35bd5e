using System.Net;
using FangchengCredit.Web.Tests.Infrastructure;

namespace FangchengCredit.Web.Tests.Foundation;

public sealed class Authorisation(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(PortalClient.Staff, "/Admin/Users")]
    [InlineData(PortalClient.Staff, "/Admin/Audit")]
    [InlineData(PortalClient.Chief, "/Admin/Users")]
    [InlineData(PortalClient.Chief, "/Admin/Users/Create")]
    [InlineData(PortalClient.Chief, "/Admin/Audit")]
    public async Task NonAdministratorsAreForbiddenTheAdministratorPages(string email, string url)
    {
        var client = await factory.SignedInAsync(email);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("无权访问", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonAdministratorsCannotPostToAdministratorActionsEither()
    {
        var client = await factory.SignedInAsync(PortalClient.Staff);
        var response = await client.PostFormAsync("/", "/Admin/Audit/Verify", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/Admin/Users")]
    [InlineData("/Admin/Users/Create")]
    [InlineData("/Admin/Audit")]
    public async Task TheAdministratorReachesThem(string url)
    {
        var client = await factory.SignedInAsync(PortalClient.Admin);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OnlyTheAdministratorSeesTheAdministrationMenu()
    {
        var admin = await factory.SignedInAsync(PortalClient.Admin);
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        Assert.Contains("用户管理", await admin.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain("用户管理", await staff.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
    }
}
