using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using FangchengCredit.Data;
using FangchengCredit.Data.Identity;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FangchengCredit.Web.Tests.Import;

/// <summary>Drives /Enterprises/Import as a browser does and reads what the store holds afterwards.</summary>
public static class ImportPage
{
    public const string Url = "/Enterprises/Import";

    /// <summary>Uploads through the form (antiforgery token from the page) and returns the response, not following redirects.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, byte[] file, string fileName)
    {
        var token = await client.GetAntiforgeryTokenAsync(Url);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", fileName);
        return await client.PostAsync(new Uri(Url, UriKind.Relative), form);
    }

    /// <summary>Uploads and follows the redirect to the result page.</summary>
    public static async Task<(string ResultUrl, IHtmlDocument Page)> UploadAndReadResultAsync(this HttpClient client, byte[] file, string fileName)
    {
        var response = await client.UploadAsync(file, fileName);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Expected a redirect to the result page, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var url = response.Headers.Location!.OriginalString;
        return (url, await client.GetDocumentAsync(url));
    }

    public static IReadOnlyList<(int Row, string Column, string Message)> ErrorTable(this IHtmlDocument page) =>
        page.QuerySelectorAll("[data-testid=import-errors] tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .Select(c => (int.Parse(c[0], System.Globalization.CultureInfo.InvariantCulture), c[1], c[2]))
            .ToList();

    public static IReadOnlyList<string> Codes(this IHtmlDocument page, string list) =>
        page.QuerySelectorAll($"[data-testid={list}] li").Select(li => li.TextContent.Trim()).ToList();

    public static async Task<T> WithDbAsync<T, TEntry>(this WebApplicationFactory<TEntry> factory, Func<AppDbContext, Task<T>> work) where TEntry : class
    {
        using var scope = factory.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static Task<int> EnterpriseCountAsync<TEntry>(this WebApplicationFactory<TEntry> factory, IEnumerable<string> codes) where TEntry : class
    {
        var list = codes.ToList();
        return factory.WithDbAsync(db => db.Enterprises.CountAsync(e => list.Contains(e.Code)));
    }

    /// <summary>Creates an Enterprise-role account bound to the enterprise with <paramref name="code"/> and signs it in.</summary>
    public static async Task<HttpClient> SignedInAsEnterpriseAsync<TEntry>(this WebApplicationFactory<TEntry> factory, string code) where TEntry : class
    {
        var email = $"ent-{code.ToLowerInvariant()}@example.com";
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var id = await db.Enterprises.Where(e => e.Code == code).Select(e => e.Id).SingleAsync();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByEmailAsync(email) is null)
            {
                var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "企业用户", EnterpriseId = id };
                var created = await users.CreateAsync(user, PortalClient.DemoPassword);
                if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
                await users.AddToRoleAsync(user, Roles.Enterprise);
            }
        }
        return await factory.SignedInAsync(email);
    }
}
