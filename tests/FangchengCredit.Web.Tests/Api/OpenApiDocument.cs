using System.Net;
using System.Text.Json;

namespace FangchengCredit.Web.Tests.Api;

public sealed class OpenApiDocument(PartnerApiFactory factory) : IClassFixture<PartnerApiFactory>
{
    [Fact]
    public async Task DescribesEveryPartnerEndpointAndTheApiKeyToAnyone()
    {
        var response = await factory.ApiClient(key: null).GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var paths = document.GetProperty("paths");
        Assert.Equal(["/api/v1/accidents/import", "/api/v1/credit/{code}", "/api/v1/enterprises/import", "/api/v1/enterprises/{code}", "/api/v1/penalties/import"], paths.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        foreach (var import in new[] { "/api/v1/enterprises/import", "/api/v1/penalties/import", "/api/v1/accidents/import" })
            Assert.True(paths.GetProperty(import).GetProperty("post").GetProperty("responses").TryGetProperty("422", out _), import);
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
    }
}
