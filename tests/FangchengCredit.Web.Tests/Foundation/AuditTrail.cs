using FangchengCredit.Data;
using FangchengCredit.Data.Auditing;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FangchengCredit.Web.Tests.Foundation;

public sealed class AuditTrail(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        using var scope = factory.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [Fact]
    public async Task RecordsWhoCreatedAnAccountButNeverThePasswordHash()
    {
        var admin = await factory.SignedInAsync(PortalClient.Admin);
        var created = await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", new Dictionary<string, string>
        {
            ["Email"] = "audited@fangcheng.local", ["DisplayName"] = "审计对象", ["Role"] = "Staff",
            ["Password"] = "Audited12345", ["ConfirmPassword"] = "Audited12345",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, created.StatusCode);

        var entry = await WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == "AppUser" && e.Action == "Inserted" && e.Changes.Contains("audited@fangcheng.local"))
            .SingleAsync());
        Assert.Equal(PortalClient.Admin, entry.UserName);
        Assert.DoesNotContain("PasswordHash", entry.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("SecurityStamp", entry.Changes, StringComparison.Ordinal);
        Assert.Contains("审计对象", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntriesFormAnUnbrokenChain()
    {
        await factory.SignedInAsync(PortalClient.Admin);
        var result = await WithDbAsync(db => AuditChainVerifier.VerifyAsync(db));
        Assert.True(result.IsIntact, result.Reason);
        Assert.True(result.EntriesChecked > 5, "seeding the demo accounts alone writes entries");
    }

    [Fact]
    public async Task EditingAStoredEntryBehindTheAppsBackIsFoundAtThatEntry()
    {
        using var tampered = new PortalFactory();
        var admin = await tampered.SignedInAsync(PortalClient.Admin);
        using (var scope = tampered.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.True((await AuditChainVerifier.VerifyAsync(db)).IsIntact);
            // Someone with database access rewrites history: entry 3 now claims another actor.
            await db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET UserName = 'nobody' WHERE Sequence = 3");
            var result = await AuditChainVerifier.VerifyAsync(db);
            Assert.False(result.IsIntact);
            Assert.Equal(3, result.BrokenSequence);
        }

        var verify = await admin.PostFormAsync("/Admin/Audit", "/Admin/Audit/Verify", new Dictionary<string, string>());
        Assert.Equal(System.Net.HttpStatusCode.Redirect, verify.StatusCode);
        var page = await admin.GetDocumentAsync("/Admin/Audit");
        var message = page.QuerySelector("[data-testid=verify-result]")!.TextContent;
        Assert.Contains("序号 3", message, StringComparison.Ordinal);
        Assert.Contains("被修改", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletingAStoredEntryIsFoundToo()
    {
        using var tampered = new PortalFactory();
        await tampered.SignedInAsync(PortalClient.Admin);
        using var scope = tampered.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries WHERE Sequence = 2");
        var result = await AuditChainVerifier.VerifyAsync(db);
        Assert.False(result.IsIntact);
        Assert.Equal(3, result.BrokenSequence);
    }

    [Fact]
    public async Task TheAdministratorCanFilterTheTrailByEntity()
    {
        var admin = await factory.SignedInAsync(PortalClient.Admin);
        var page = await admin.GetDocumentAsync("/Admin/Audit?entity=IdentityRole");
        var rows = page.QuerySelectorAll("tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("角色", r.QuerySelector("td:nth-child(4) .fw-semibold")!.TextContent));
    }
}
