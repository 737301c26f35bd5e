using System.Net;
using FangchengCredit.Web.Tests.Import;
using FangchengCredit.Web.Tests.Infrastructure;

namespace FangchengCredit.Web.Tests.Api;

public sealed class PartnerApiAuthentication(PartnerApiFactory factory) : IClassFixture<PartnerApiFactory>
{
    private static readonly Uri Lookup = new("/api/v1/enterprises/91350100M000100Y43", UriKind.Relative);
    private static readonly Uri Import = new("/api/v1/enterprises/import", UriKind.Relative);

    private static MultipartFormDataContent AFile() => PartnerApiFactory.FileForm(new ImportSheet().Add(ImportSheet.ValidRow()).ToXlsx(), "a.xlsx");

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    [InlineData(PartnerApiFactory.Key + "x")]
    public async Task AMissingOrWrongKeyGets401WithAChineseProblem(string? key)
    {
        var client = factory.ApiClient(key);

        var lookup = await client.GetAsync(Lookup);
        var import = await client.PostAsync(Import, AFile());

        Assert.Equal(HttpStatusCode.Unauthorized, lookup.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, import.StatusCode);
        Assert.Equal("application/problem+json", lookup.Content.Headers.ContentType!.MediaType);
        var body = await lookup.Content.ReadAsStringAsync();
        Assert.Contains("X-Api-Key", body, StringComparison.Ordinal);
        Assert.Contains("缺少或无效的 API 密钥", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRightKeyIsLetIn()
    {
        // Past authentication: the code is simply not registered.
        var response = await factory.ApiClient().GetAsync(Lookup);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AStaffCookieMayLookUpButNotImport()
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var lookup = await staff.GetAsync(Lookup);
        var import = await staff.PostAsync(Import, AFile());

        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, import.StatusCode);
    }

    [Fact]
    public async Task AnEnterpriseUserCannotUseTheApiWithItsCookie()
    {
        var code = ImportSheet.NewCode();
        var imported = await factory.ApiClient().PostAsync(Import, PartnerApiFactory.FileForm(new ImportSheet().Add(ImportSheet.ValidRow(code)).ToXlsx(), "a.xlsx"));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var enterprise = await factory.SignedInAsEnterpriseAsync(code);

        var own = await enterprise.GetAsync(new Uri("/api/v1/enterprises/" + code, UriKind.Relative));
        var import = await enterprise.PostAsync(Import, AFile());

        Assert.Equal(HttpStatusCode.NotFound, own.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, import.StatusCode);
    }
}
