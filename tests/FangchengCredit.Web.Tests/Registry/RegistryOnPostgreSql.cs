using System.Net;
using FangchengCredit.Web.Tests.Foundation;
using FangchengCredit.Web.Tests.Infrastructure;

namespace FangchengCredit.Web.Tests.Registry;

/// <summary>
/// The registry's queries on a real PostgreSQL server: code ranges, name and person searches, sorting, the history's
/// timestamp lookup and the export translate there as on SQLite (tests/run.sh starts the server).
/// </summary>
public sealed class RegistryOnPostgreSql
{
    [SkippableFact]
    public async Task ListSearchEditHistoryAndExportWork()
    {
        var server = Requirements.PostgresConnectionOrSkip();
        await using var database = await PostgresDatabase.CreateAsync(server);
        using var factory = new PortalFactory { PostgresConnectionString = database.ConnectionString };
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        // The demo registry was seeded on PostgreSQL too.
        var list = await staff.GetDocumentAsync("/Enterprises?sort=registered_desc");
        Assert.Equal(20, list.QuerySelectorAll("[data-testid=enterprises] tbody tr").Length);
        var code = list.QuerySelectorAll("[data-testid=enterprises] tbody tr td.code").First().TextContent.Trim();
        var byPrefix = await staff.GetDocumentAsync("/Enterprises?q=" + code[..14].ToLowerInvariant());
        Assert.Contains(code, byPrefix.QuerySelector("[data-testid=enterprises]")!.TextContent, StringComparison.Ordinal);
        var byName = await staff.GetDocumentAsync("/Enterprises?q=" + Uri.EscapeDataString("裕丰") + "&sort=risk");
        Assert.Contains("方城县裕丰化工有限公司", byName.QuerySelector("[data-testid=enterprises]")!.TextContent, StringComparison.Ordinal);
        var byPerson = await staff.GetDocumentAsync("/Enterprises?q=" + Uri.EscapeDataString("王建国"));
        Assert.Equal(3, byPerson.QuerySelectorAll("[data-testid=enterprises] tbody tr").Length);

        var fields = await factory.CreateFieldsAsync(RegistryData.NewCode(), "方城县PG测试厂", "邓测试", RegistryData.NewIdNumber());
        var created = await staff.PostFormAsync("/Enterprises/Create", "/Enterprises/Create", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = RegistryData.EnterpriseIdFrom(created);
        var edit = await staff.EditFieldsAsync(id);
        edit["LegalRepresentative.Name"] = "邓新人";
        edit["LegalRepresentative.IdNumber"] = RegistryData.NewIdNumber();
        edit.Remove("PrincipalSameAsLegalRepresentative");
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"/Enterprises/{id}/Edit", $"/Enterprises/{id}/Edit", edit)).StatusCode);
        var history = (await staff.GetDocumentAsync($"/Enterprises/{id}")).QuerySelector("[data-testid=history]")!.TextContent;
        Assert.Contains("不再担任法定代表人：邓测试", history, StringComparison.Ordinal);

        var export = await staff.GetAsync(new Uri("/Enterprises/Export?risk=Major", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
    }
}
