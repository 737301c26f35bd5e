using FangchengCredit.Data;
using FangchengCredit.Data.Auditing;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Identifiers;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FangchengCredit.Web.Tests.Import;

/// <summary>A row the database refuses (a code registered meanwhile by someone else) fails the whole fast save: no row, no audit entry, no update.</summary>
public sealed class BulkInsertsFailAsAWhole(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ADuplicateCodeInsertedMeanwhileRollsBackEverything()
    {
        var (fine, taken) = (ImportSheet.NewCode(), ImportSheet.NewCode());
        var newPerson = ImportSheet.NewIdNumber();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var industry = await db.Industries.Where(i => i.IsActive).Select(i => i.Id).FirstAsync();
        var township = await db.Townships.Where(t => t.IsActive).Select(t => t.Code).FirstAsync();
        var existing = await db.Enterprises.OrderBy(e => e.Id).FirstAsync();
        var (oldName, oldVersion) = (existing.Name, existing.Version);
        var today = new DateOnly(2026, 11, 28);
        existing.UpdateDetails(existing.Details with { Name = oldName + "（不应保存）" });
        foreach (var code in new[] { fine, taken })
        {
            var enterprise = Enterprise.Register(UnifiedSocialCreditCode.Parse(code),
                new EnterpriseDetails { Name = "方城县回滚测试企业" + code[^4..], IndustryId = industry, TownshipCode = township }, today);
            db.Enterprises.Add(enterprise);
            if (code == fine)
            {
                var person = Person.Create("王五", ResidentIdNumber.Parse(newPerson));
                db.People.Add(person);
                enterprise.Appoint(person, PersonRole.LegalRepresentative, today);
            }
        }

        // Someone else registers the second code between the import's checks and its save.
        var sequence = await RegisterMeanwhileAsync(taken, industry, township, today);

        using (db.UseBulkInserts())
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.False(await factory.WithDbAsync(other => other.Enterprises.AnyAsync(e => e.Code == fine)));
        Assert.False(await factory.WithDbAsync(other => other.People.AnyAsync(p => p.IdNumber == newPerson)));
        var stored = await factory.WithDbAsync(other => other.Enterprises.AsNoTracking().SingleAsync(e => e.Id == existing.Id));
        Assert.Equal((oldName, oldVersion), (stored.Name, stored.Version));
        Assert.Equal(sequence, await factory.WithDbAsync(other => other.AuditEntries.MaxAsync(e => e.Sequence)));
        Assert.True((await factory.WithDbAsync(other => AuditChainVerifier.VerifyAsync(other))).IsIntact);
        // As after EF's own failed save, the new entries are still Added, with temporary keys.
        Assert.All(db.ChangeTracker.Entries<Enterprise>().Where(e => e.Entity.Code == fine || e.Entity.Code == taken),
            e => Assert.Equal(EntityState.Added, e.State));
        Assert.All(db.ChangeTracker.Entries<Enterprise>().Where(e => e.State == EntityState.Added),
            e => Assert.True(e.Property(x => x.Id).IsTemporary));
    }

    [Fact]
    public async Task UntrackedAggregatesRefusedByTheDatabaseLeaveNothingAndTakeTheirKeysBack()
    {
        var (fine, taken) = (ImportSheet.NewCode(), ImportSheet.NewCode());
        var newPerson = ImportSheet.NewIdNumber();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var industry = await db.Industries.Where(i => i.IsActive).Select(i => i.Id).FirstAsync();
        var township = await db.Townships.Where(t => t.IsActive).Select(t => t.Code).FirstAsync();
        var today = new DateOnly(2026, 11, 28);
        var created = new List<Enterprise>();
        foreach (var code in new[] { fine, taken })
        {
            var enterprise = Enterprise.Register(UnifiedSocialCreditCode.Parse(code),
                new EnterpriseDetails { Name = "方城县回滚测试企业" + code[^4..], IndustryId = industry, TownshipCode = township }, today);
            db.AddUntracked(enterprise);
            enterprise.Appoint(Person.Create("王五", ResidentIdNumber.Parse(code == fine ? newPerson : ImportSheet.NewIdNumber())), PersonRole.LegalRepresentative, today);
            created.Add(enterprise);
        }
        var sequence = await RegisterMeanwhileAsync(taken, industry, township, today);

        using (db.UseBulkInserts())
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.False(await factory.WithDbAsync(other => other.Enterprises.AnyAsync(e => e.Code == fine)));
        Assert.False(await factory.WithDbAsync(other => other.People.AnyAsync(p => p.IdNumber == newPerson)));
        Assert.Equal(sequence, await factory.WithDbAsync(other => other.AuditEntries.MaxAsync(e => e.Sequence)));
        // Nothing tracked, the keys given back: saved again (the taken code gone), they get keys afresh.
        Assert.Empty(db.ChangeTracker.Entries<Enterprise>());
        Assert.All(created, e => Assert.Equal(0, e.Id));
        Assert.All(created.SelectMany(e => e.People), p => Assert.Equal(0, p.Person.Id));
    }

    /// <summary>Another user registers <paramref name="code"/>; returns the audit trail's last sequence after it.</summary>
    private async Task<long> RegisterMeanwhileAsync(string code, int industry, string township, DateOnly today)
    {
        await factory.WithDbAsync(async other =>
        {
            other.Enterprises.Add(Enterprise.Register(UnifiedSocialCreditCode.Parse(code),
                new EnterpriseDetails { Name = "方城县抢先登记企业", IndustryId = industry, TownshipCode = township }, today));
            return await other.SaveChangesAsync();
        });
        return await factory.WithDbAsync(other => other.AuditEntries.MaxAsync(e => e.Sequence));
    }
}
