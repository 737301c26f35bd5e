using FangchengCredit.Data;
using FangchengCredit.Data.Auditing;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Web.Features.EnterpriseImport;
using FangchengCredit.Web.Tests.Foundation;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FangchengCredit.Web.Tests.Import;

/// <summary>
/// The enterprise import on PostgreSQL, where its new enterprises go through binary COPY untracked (decision 0017): a file that
/// updates one enterprise and creates another, the two sharing a person new to the registry.
/// </summary>
public sealed class ImportOnPostgreSql
{
    [SkippableFact]
    public async Task A_new_person_shared_by_an_updated_and_a_new_enterprise_is_stored_once_and_linked_to_both()
    {
        var server = Requirements.PostgresConnectionOrSkip();
        await using var database = await PostgresDatabase.CreateAsync(server);
        using var portal = new PortalFactory { PostgresConnectionString = database.ConnectionString };
        var (old, added, shared) = (ImportSheet.NewCode(), ImportSheet.NewCode(), ImportSheet.NewIdNumber());
        var first = await ImportAsync(portal, new ImportSheet().Add(ImportSheet.ValidRow(old)));
        Assert.Equal([old], first.Created);

        var second = await ImportAsync(portal, new ImportSheet()
            .Add(ImportSheet.ValidRow(old, r => { r["主要负责人"] = "王新"; r["主要负责人身份证号"] = shared; }))
            .Add(ImportSheet.ValidRow(added, r => { r["法定代表人"] = "王新"; r["法定代表人身份证号"] = shared; })));

        Assert.True(second.Saved, second.Message);
        Assert.Equal([added], second.Created);
        Assert.Equal([old], second.Updated);
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var person = await db.People.AsNoTracking().SingleAsync(p => p.IdNumber == shared);
        var links = await db.EnterprisePeople.AsNoTracking().Where(l => l.PersonId == person.Id)
            .Join(db.Enterprises, l => l.EnterpriseId, e => e.Id, (l, e) => new { e.Code, l.Role }).ToListAsync();
        Assert.Equal([(added, PersonRole.LegalRepresentative), (old, PersonRole.Principal)],
            links.Select(l => (l.Code, l.Role)).OrderBy(l => l.Code == old).ToList());
        var fresh = await db.Enterprises.AsNoTracking().Include(e => e.People).SingleAsync(e => e.Code == added);
        Assert.Equal(2, fresh.People.Count);
        Assert.Single(await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(Person) && e.EntityKey == person.Id.ToString()).ToListAsync());
        Assert.True((await AuditChainVerifier.VerifyAsync(db)).IsIntact);
    }

    private static async Task<EnterpriseImportResult> ImportAsync(PortalFactory portal, ImportSheet sheet)
    {
        using var scope = portal.Services.CreateScope();
        using var content = new MemoryStream(sheet.ToXlsx());
        return await scope.ServiceProvider.GetRequiredService<EnterpriseImporter>().ImportAsync(content, "台账.xlsx");
    }
}
