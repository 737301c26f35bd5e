using System.Net;
using System.Text.Json;
using FangchengCredit.Web.Tests.Infrastructure;
using static FangchengCredit.Web.Tests.Credit.CreditTestData;

namespace FangchengCredit.Web.Tests.Credit;

/// <summary>The partner API is described at /openapi/v1.json, and only the API: the pages are not part of it.</summary>
public sealed class CreditApiIsDescribedInOpenApi(CreditPortalFactory factory) : IClassFixture<CreditPortalFactory>
{
    [Fact]
    public async Task TheDocumentListsTheCreditEndpointWithItsResponses()
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var response = await staff.GetAsync(Url("/openapi/v1.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/credit/{code}", paths);
        Assert.All(paths, p => Assert.StartsWith("/api/", p, StringComparison.Ordinal));
        var responses = doc.RootElement.GetProperty("paths").GetProperty("/api/v1/credit/{code}").GetProperty("get").GetProperty("responses");
        Assert.Equal(["200", "400", "401", "404"], responses.EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
    }
}
