using FangchengCredit.Data;
using FangchengCredit.Data.Auditing;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Identifiers;
using FangchengCredit.Web.Tests.Foundation;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FangchengCredit.Web.Tests.Import;

/// <summary>Saves go through EF unless a caller opts in; on PostgreSQL too the scope takes the fast path (binary COPY).</summary>
public sealed class BulkInsertsAreOptIn(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task WithoutTheScopeOrAfterItEfSaves()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(db.BulkInsertsEnabled);

        await AddEnterpriseAsync(db);
        var probe = new BulkPathProbe(db);
        await db.SaveChangesAsync();
        Assert.False(probe.Used);

        using (db.UseBulkInserts()) Assert.True(db.BulkInsertsEnabled);
        Assert.False(db.BulkInsertsEnabled);
        await AddEnterpriseAsync(db);
        probe = new BulkPathProbe(db);
        await db.SaveChangesAsync();
        Assert.False(probe.Used);

        await AddEnterpriseAsync(db);
        probe = new BulkPathProbe(db);
        using (db.UseBulkInserts()) await db.SaveChangesAsync();
        Assert.True(probe.Used);
        Assert.True((await AuditChainVerifier.VerifyAsync(db)).IsIntact);
    }

    [SkippableFact]
    public async Task OnPostgreSqlTheScopeCopiesAndOtherwiseEfSaves()
    {
        var server = Requirements.PostgresConnectionOrSkip();
        await using var database = await PostgresDatabase.CreateAsync(server);
        using var postgres = new PortalFactory { PostgresConnectionString = database.ConnectionString };
        using var scope = postgres.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        await AddEnterpriseAsync(db);
        var probe = new BulkPathProbe(db);
        await db.SaveChangesAsync();
        Assert.False(probe.Used);

        var code = await AddEnterpriseAsync(db);
        probe = new BulkPathProbe(db);
        using (db.UseBulkInserts()) await db.SaveChangesAsync();

        Assert.True(probe.Used);
        Assert.True(await db.Enterprises.AnyAsync(e => e.Code == code));
        Assert.True((await AuditChainVerifier.VerifyAsync(db)).IsIntact);
    }

    private static async Task<string> AddEnterpriseAsync(AppDbContext db)
    {
        var code = ImportSheet.NewCode();
        var industry = await db.Industries.Where(i => i.IsActive).Select(i => i.Id).FirstAsync();
        var township = await db.Townships.Where(t => t.IsActive).Select(t => t.Code).FirstAsync();
        var today = new DateOnly(2026, 11, 28);
        var enterprise = Enterprise.Register(UnifiedSocialCreditCode.Parse(code),
            new EnterpriseDetails { Name = "方城县选择写入测试企业" + code[^4..], IndustryId = industry, TownshipCode = township }, today);
        db.Enterprises.Add(enterprise);
        var person = Person.Create("王五", ResidentIdNumber.Parse(ImportSheet.NewIdNumber()));
        db.People.Add(person);
        enterprise.Appoint(person, PersonRole.LegalRepresentative, today);
        return code;
    }
}
