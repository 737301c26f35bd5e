using System.Net;
using FangchengCredit.Web.Tests.Infrastructure;

namespace FangchengCredit.Web.Tests.Registry;

/// <summary>Staff, section chiefs and administrators use the registry; anonymous visitors are sent to sign in.</summary>
public sealed class RegistryAccess(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(PortalClient.Staff)]
    [InlineData(PortalClient.Chief)]
    [InlineData(PortalClient.Admin)]
    public async Task BureauRolesReachEveryPage(string email)
    {
        var stored = await factory.StoreAsync("方城县访问测试厂" + email);
        var client = await factory.SignedInAsync(email);
        foreach (var url in new[] { "/Enterprises", "/Enterprises/Create", $"/Enterprises/{stored.Id}", $"/Enterprises/{stored.Id}/Edit",
                     $"/Enterprises/{stored.Id}/Accounts/Create", $"/Persons/{stored.PersonId}", "/Enterprises/Export" })
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{email} {url} answered {(int)response.StatusCode}");
        }
        var home = await client.GetDocumentAsync("/");
        Assert.Contains("企业管理", home.QuerySelector("#mainNav")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Enterprises")]
    [InlineData("/Enterprises/1")]
    [InlineData("/Enterprises/Export")]
    [InlineData("/Persons/1")]
    [InlineData("/My/Enterprise")]
    public async Task AnonymousVisitorsAreSentToSignIn(string url)
    {
        var response = await factory.CreateBrowserLikeClient().GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownEnterprisesAndPeopleAreNotFound()
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(new Uri("/Enterprises/987654321", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(new Uri("/Persons/987654321", UriKind.Relative))).StatusCode);
    }
}
