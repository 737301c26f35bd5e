using System.Net.Http.Headers;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace FangchengCredit.Web.Tests.Api;

/// <summary>The portal with one partner key configured, as <c>Api__Keys__test=…</c> would in production.</summary>
public sealed class PartnerApiFactory : PortalFactory
{
    public const string Client = "test";
    public const string Key = "test-key-0123456789abcdef";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting($"Api:Keys:{Client}", Key);
    }

    public HttpClient ApiClient(string? key = Key)
    {
        var client = this.CreateBrowserLikeClient();
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public static MultipartFormDataContent FileForm(byte[] file, string fileName, string field = "file")
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { content, field, fileName } };
    }
}
