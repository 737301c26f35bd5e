using System.Data.Common;
using System.Text.RegularExpressions;
using FangchengCredit.Data;
using FangchengCredit.Data.Auditing;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Identifiers;
using FangchengCredit.Web.Tests.Foundation;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FangchengCredit.Web.Tests.Import;

/// <summary>
/// The same save (new enterprises with people and links, an existing enterprise updated and given a new principal who is also a new
/// enterprise's legal representative, an existing person appointed) made through EF's own save, through the opt-in fast insert path,
/// and with the new enterprises added untracked, each into a fresh portal database: the stored rows and the audit entries must be the same.
/// </summary>
public sealed partial class BulkInsertsStoreWhatEfStores : IAsyncLifetime
{
    private readonly PortalFactory _ef = new();
    private readonly PortalFactory _bulk = new();
    private readonly PortalFactory _untracked = new();
    private readonly PortalFactory _untrackedWithoutScope = new();
    private readonly Sample _sample = Sample.Create();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _ef.DisposeAsync();
        await _bulk.DisposeAsync();
        await _untracked.DisposeAsync();
        await _untrackedWithoutScope.DisposeAsync();
    }

    [Fact]
    public async Task RowsKeysAndAuditEntriesAreIdentical()
    {
        var ef = await SaveAsync(_ef, _sample, SavePath.Ef);
        var bulk = await SaveAsync(_bulk, _sample, SavePath.Bulk);

        Assert.True(bulk.UsedBulkPath);
        Assert.Equal(ef.Enterprises, bulk.Enterprises);
        Assert.Equal(ef.People, bulk.People);
        Assert.Equal(ef.Links, bulk.Links);
        Assert.Equal(ef.Audit, bulk.Audit);
        Assert.Equal(ef.UpdatedVersion, bulk.UpdatedVersion);
        Assert.True(bulk.Chain.IsIntact, bulk.Chain.Reason);
        Assert.True(ef.Chain.IsIntact, ef.Chain.Reason);
    }

    [Fact]
    public async Task UntrackedAggregatesStoreWhatEfStores()
    {
        var ef = await SaveAsync(_ef, _sample, SavePath.Ef);
        var untracked = await SaveAsync(_untracked, _sample, SavePath.Untracked);

        Assert.True(untracked.UsedBulkPath);
        AssertStoresWhatEfStores(ef, untracked);
    }

    [Fact]
    public async Task WithoutTheFastPathUntrackedAggregatesAreSavedByEfAsIfAdded()
    {
        var ef = await SaveAsync(_ef, _sample, SavePath.Ef);
        var added = await SaveAsync(_untrackedWithoutScope, _sample, SavePath.UntrackedWithoutScope);

        Assert.False(added.UsedBulkPath);
        AssertStoresWhatEfStores(ef, added);
    }

    [Fact]
    public async Task UntrackedAggregatesLeaveNothingTrackedAndKeepTheirKeys()
    {
        var saved = await SaveAsync(_untracked, _sample, SavePath.Untracked);

        Assert.Equal(3, saved.Links.Count(l => l.Contains("EnterpriseId=Int64:" + saved.NewEnterpriseIds[0] + ";", StringComparison.Ordinal)));
        Assert.All(saved.NewEnterpriseIds, id => Assert.True(id > 0));
        Assert.Equal(saved.NewEnterpriseIds.Count, saved.NewEnterpriseIds.Distinct().Count());
    }

    [Fact]
    public async Task NewKeysReachTheLinksInMemoryAndInTheStore()
    {
        var saved = await SaveAsync(_bulk, _sample, SavePath.Bulk);

        Assert.Equal(3, saved.Links.Count(l => l.Contains("EnterpriseId=Int64:" + saved.NewEnterpriseIds[0] + ";", StringComparison.Ordinal)));
        Assert.All(saved.NewEnterpriseIds, id => Assert.True(id > 0));
        Assert.Equal(saved.NewEnterpriseIds.Count, saved.NewEnterpriseIds.Distinct().Count());
    }

    [SkippableFact]
    public async Task OnPostgreSqlTheCopyStoresWhatEfStores()
    {
        var (ef, bulk) = await OnPostgreSqlAsync(SavePath.Bulk);

        Assert.True(bulk.UsedBulkPath);
        Assert.Equal(ef.Enterprises, bulk.Enterprises);
        Assert.Equal(ef.People, bulk.People);
        Assert.Equal(ef.Links, bulk.Links);
        Assert.Equal(ef.Audit, bulk.Audit);
        Assert.Equal(ef.UpdatedVersion, bulk.UpdatedVersion);
        Assert.True(bulk.Chain.IsIntact, bulk.Chain.Reason);
    }

    [SkippableFact]
    public async Task OnPostgreSqlUntrackedAggregatesStoreWhatEfStores()
    {
        var (ef, untracked) = await OnPostgreSqlAsync(SavePath.Untracked);

        Assert.True(untracked.UsedBulkPath);
        AssertStoresWhatEfStores(ef, untracked);
    }

    /// <summary>The sample saved through EF into one fresh PostgreSQL database and through <paramref name="path"/> into another.</summary>
    private async Task<(Saved Ef, Saved Other)> OnPostgreSqlAsync(SavePath path)
    {
        var server = Requirements.PostgresConnectionOrSkip();
        await using var efDatabase = await PostgresDatabase.CreateAsync(server);
        await using var otherDatabase = await PostgresDatabase.CreateAsync(server);
        using var efPortal = new PortalFactory { PostgresConnectionString = efDatabase.ConnectionString };
        using var otherPortal = new PortalFactory { PostgresConnectionString = otherDatabase.ConnectionString };
        return (await SaveAsync(efPortal, _sample, SavePath.Ef), await SaveAsync(otherPortal, _sample, path));
    }

    /// <summary>
    /// The same rows and audit entries as EF's save. EF numbers and records in the order it tracks; untracked rows come after EF's
    /// own, so the tracked enterprise's new link may have another number.
    /// </summary>
    private static void AssertStoresWhatEfStores(Saved ef, Saved other)
    {
        Assert.Equal(ef.Enterprises, other.Enterprises);
        Assert.Equal(ef.People, other.People);
        Assert.Equal(Unordered(ef.Links), Unordered(other.Links));
        Assert.Equal(Unordered(ef.Audit), Unordered(other.Audit));
        Assert.Equal(ef.UpdatedVersion, other.UpdatedVersion);
        Assert.True(other.Chain.IsIntact, other.Chain.Reason);
    }

    /// <summary>Audit lines without their sequence, link rows and link entries without the link's own number; sorted.</summary>
    private static List<string> Unordered(List<string> lines) =>
        lines.Select(line => line.StartsWith("Id=", StringComparison.Ordinal) ? line[(line.IndexOf(';', StringComparison.Ordinal) + 1)..] : line)
            .Select(line => line.Contains("|EnterprisePerson|", StringComparison.Ordinal)
                ? LinkNumber().Replace(LinkKey().Replace(line, "|EnterprisePerson|#|"), string.Empty)
                : line)
            .Select(line => AuditSequence().Replace(line, string.Empty))
            .Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"^\d+\|")]
    private static partial Regex AuditSequence();

    [GeneratedRegex(@"\|EnterprisePerson\|\d+\|")]
    private static partial Regex LinkKey();

    [GeneratedRegex(@"""Id"":\{""before"":(null|""\d+""),""after"":(null|""\d+"")\},?")]
    private static partial Regex LinkNumber();

    internal enum SavePath
    {
        Ef,
        Bulk,
        /// <summary>The new enterprises through <see cref="AppDbContext.AddUntracked"/>, their new people reached through the appointments.</summary>
        Untracked,
        /// <summary>The same, saved outside <see cref="AppDbContext.UseBulkInserts"/>: EF adds and saves them (SQL Server's path).</summary>
        UntrackedWithoutScope,
    }

    internal static async Task<Saved> SaveAsync(WebApplicationFactory<Program> factory, Sample sample, SavePath path)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var before = await db.AuditEntries.MaxAsync(e => (long?)e.Sequence) ?? 0;
        var maxEnterprise = await db.Enterprises.MaxAsync(e => e.Id);
        var maxPerson = await db.People.MaxAsync(p => p.Id);
        var maxLink = await db.EnterprisePeople.MaxAsync(p => p.Id);
        var industry = await db.Industries.Where(i => i.IsActive).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
        var township = await db.Townships.Where(t => t.IsActive).OrderBy(t => t.Code).Select(t => t.Code).FirstAsync();
        var existing = await db.Enterprises.Include(e => e.People).ThenInclude(p => p.Person).OrderBy(e => e.Id).FirstAsync();
        var existingPerson = await db.People.OrderBy(p => p.Id).FirstAsync();

        var today = new DateOnly(2026, 11, 28);
        existing.UpdateDetails(existing.Details with { Name = existing.Name + "（更名）", RiskLevel = RiskLevel.Major });
        var created = new List<Enterprise>();
        for (var i = 0; i < sample.Codes.Count; i++)
        {
            var details = new EnterpriseDetails
            {
                Name = "方城县批量写入测试企业" + i,
                IndustryId = industry,
                TownshipCode = township,
                SubjectType = i == 0 ? SubjectType.IndividualBusiness : SubjectType.Enterprise,
                Address = i == 0 ? null : "方城县凤瑞街道" + i + "号",
                ContactPhone = i == 1 ? null : "0377-67123456",
                RiskLevel = i == 2 ? RiskLevel.Major : RiskLevel.Low,
                HasMajorHazardSource = i == 2,
                Standardisation = i == 1 ? StandardisationGrade.Level2 : StandardisationGrade.None,
                LiabilityInsuranceValidUntil = i == 0 ? null : new DateOnly(2027, 6, 30),
            };
            var enterprise = Enterprise.Register(UnifiedSocialCreditCode.Parse(sample.Codes[i]), details, today);
            var untracked = path is SavePath.Untracked or SavePath.UntrackedWithoutScope;
            if (untracked) db.AddUntracked(enterprise);
            else db.Enterprises.Add(enterprise);
            var legal = Person.Create("法人" + i, ResidentIdNumber.Parse(sample.IdNumbers[2 * i]));
            var principal = Person.Create("负责人" + i, ResidentIdNumber.Parse(sample.IdNumbers[2 * i + 1]), i == 0 ? "13800138000" : null);
            if (!untracked)
            {
                db.People.Add(legal);
                db.People.Add(principal);
            }
            enterprise.Appoint(legal, PersonRole.LegalRepresentative, today);
            enterprise.Appoint(principal, PersonRole.Principal, today);
            if (i == 0)
            {
                enterprise.Appoint(existingPerson, PersonRole.ActualController, today);
                // A new person appointed both by a new enterprise and by one EF tracks: EF writes them, the new enterprise's link refers to them.
                existing.Appoint(legal, PersonRole.Principal, today);
            }
            created.Add(enterprise);
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var probe = new BulkPathProbe(db);
        if (path is SavePath.Ef or SavePath.UntrackedWithoutScope)
        {
            await db.SaveChangesAsync();
        }
        else
        {
            using (db.UseBulkInserts())
                await db.SaveChangesAsync();
        }
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        var usedFastPath = path is SavePath.Untracked or SavePath.UntrackedWithoutScope
            ? created.All(e => db.Entry(e).State == EntityState.Detached && e.Id > 0)
            : probe.Used;

        var connection = db.Database.GetDbConnection();
        var newIds = created.Select(e => e.Id).ToList();
        var stored = await db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == existing.Id);
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence > before).OrderBy(e => e.Sequence)
            .Select(e => $"{e.Sequence - before}|{e.UserName}|{e.EntityType}|{e.EntityKey}|{e.Action}|{e.Changes}")
            .ToListAsync();
        return new Saved(
            await RowsAsync(connection, "Enterprises", maxEnterprise),
            await RowsAsync(connection, "People", maxPerson),
            await RowsAsync(connection, "EnterprisePeople", maxLink),
            audit,
            stored.Version,
            await AuditChainVerifier.VerifyAsync(db),
            newIds,
            usedFastPath);
    }

    /// <summary>Every stored column of the rows after <paramref name="afterId"/>, as the database returns it (type and value).</summary>
    internal static async Task<List<string>> RowsAsync(DbConnection connection, string table, long afterId)
    {
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // test tables are constants
        command.CommandText = $"SELECT * FROM \"{table}\" WHERE \"Id\" > {afterId} ORDER BY \"Id\"";
#pragma warning restore CA2100
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var cells = Enumerable.Range(0, reader.FieldCount)
                .Select(i => $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "NULL" : reader.GetValue(i).GetType().Name + ":" + Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))}");
            rows.Add(string.Join(";", cells) + ";");
        }
        return rows;
    }

    internal sealed record Sample(IReadOnlyList<string> Codes, IReadOnlyList<string> IdNumbers)
    {
        public static Sample Create() =>
            new(Enumerable.Range(0, 3).Select(_ => ImportSheet.NewCode()).ToList(), Enumerable.Range(0, 6).Select(_ => ImportSheet.NewIdNumber()).ToList());
    }

    internal sealed record Saved(
        List<string> Enterprises, List<string> People, List<string> Links, List<string> Audit, int UpdatedVersion,
        AuditVerification Chain, List<long> NewEnterpriseIds, bool UsedBulkPath);
}

/// <summary>Tells whether a save went through the fast path: EF logs one insert command per row, the fast path one prepared command per table.</summary>
internal sealed class BulkPathProbe
{
    private readonly AppDbContext _db;
    private readonly int _trackedAdded;
    private readonly int _trackedAudit;

    public BulkPathProbe(AppDbContext db)
    {
        _db = db;
        _trackedAdded = db.ChangeTracker.Entries().Count(e => e.State == EntityState.Added);
        _trackedAudit = db.ChangeTracker.Entries<AuditEntry>().Count();
    }

    /// <summary>The fast path leaves the save's audit entries untracked; EF's path tracks every audit entry it added.</summary>
    public bool Used => _trackedAdded > 0 && _db.ChangeTracker.Entries<AuditEntry>().Count() == _trackedAudit;
}
