using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FangchengCredit.Web.Tests.Infrastructure;

/// <summary>Drives the portal the way a browser does: real sign-in form, antiforgery tokens from the page.</summary>
public static class PortalClient
{
    public const string DemoPassword = "Demo@12345";
    public const string Admin = "admin@fangcheng.local";
    public const string Chief = "chief@fangcheng.local";
    public const string Chief2 = "chief2@fangcheng.local";
    public const string Staff = "staff@fangcheng.local";
    public const string Staff2 = "staff2@fangcheng.local";

    private static readonly HtmlParser Parser = new();

    public static HttpClient CreateBrowserLikeClient<T>(this WebApplicationFactory<T> factory) where T : class =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpClient> SignedInAsync<T>(this WebApplicationFactory<T> factory, string email, string password = DemoPassword)
        where T : class
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await client.SignInAsync(email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password)
    {
        return await client.PostFormAsync("/Account/Login", "/Account/Login", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
        });
    }

    /// <summary>GETs <paramref name="formPage"/>, takes its antiforgery token and POSTs the fields to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formPage, string action, IDictionary<string, string> fields)
    {
        var token = await GetAntiforgeryTokenAsync(client, formPage);
        var content = new FormUrlEncodedContent(fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", token)));
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    public static async Task<string> GetAntiforgeryTokenAsync(this HttpClient client, string page)
    {
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        var document = await Parser.ParseDocumentAsync(html);
        var input = document.QuerySelector("input[name=__RequestVerificationToken]")
            ?? throw new InvalidOperationException($"No antiforgery token on {page}");
        return input.GetAttribute("value")!;
    }

    public static async Task<AngleSharp.Html.Dom.IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        return await Parser.ParseDocumentAsync(html);
    }

    public static Task<AngleSharp.Html.Dom.IHtmlDocument> ParseAsync(string html) => Parser.ParseDocumentAsync(html);
}
