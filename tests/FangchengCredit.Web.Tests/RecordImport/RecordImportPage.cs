using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using FangchengCredit.Web.Tests.Infrastructure;

namespace FangchengCredit.Web.Tests.RecordImport;

/// <summary>Drives /Records/Import as a browser does.</summary>
public static class RecordImportPage
{
    public const string Url = "/Records/Import";

    public static async Task<HttpResponseMessage> UploadRecordsAsync(this HttpClient client, string kind, byte[] file, string fileName)
    {
        var token = await client.GetAntiforgeryTokenAsync(Url);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new StringContent(kind), "kind");
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", fileName);
        return await client.PostAsync(new Uri(Url, UriKind.Relative), form);
    }

    public static async Task<(string ResultUrl, IHtmlDocument Page)> ImportRecordsAsync(this HttpClient client, string kind, byte[] file, string fileName)
    {
        var response = await client.UploadRecordsAsync(kind, file, fileName);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Expected a redirect to the result page, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var url = response.Headers.Location!.OriginalString;
        return (url, await client.GetDocumentAsync(url));
    }

    public static IReadOnlyList<(int Row, string Column, string Message)> Errors(this IHtmlDocument page) =>
        page.QuerySelectorAll("[data-testid=import-errors] tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .Select(c => (int.Parse(c[0], System.Globalization.CultureInfo.InvariantCulture), c[1], c[2]))
            .ToList();

    public static string Summary(this IHtmlDocument page) => page.QuerySelector("[data-testid=import-summary]")?.TextContent.Trim() ?? string.Empty;
}
