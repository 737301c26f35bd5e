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
        Assert.Equal(["/api/v1/credit/{code}", "/api/v1/enterprises/import", "/api/v1/enterprises/{code}"], paths.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.True(paths.GetProperty("/api/v1/enterprises/import").GetProperty("post").GetProperty("responses").TryGetProperty("422", out _));
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
    }
}
