using System.Globalization;
using FangchengCredit.Data.Auditing;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Tests.Import;

/// <summary>An import that creates and updates in one file: the new rows take the fast path, the updates still get their version bump and audit entry.</summary>
public sealed class ImportUpdatesBesideBulkInserts(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task UpdatedEnterprisesAreVersionBumpedAndAuditedNewOnesInsertedAndTheChainVerifies()
    {
        var (old, added) = (ImportSheet.NewCode(), ImportSheet.NewCode());
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var row = ImportSheet.ValidRow(old);
        await staff.UploadAndReadResultAsync(new ImportSheet().Add(row).ToXlsx(), "a.xlsx");
        var before = await factory.WithDbAsync(db => db.Enterprises.AsNoTracking().SingleAsync(e => e.Code == old));
        var sequence = await factory.WithDbAsync(db => db.AuditEntries.MaxAsync(e => e.Sequence));

        var (_, page) = await staff.UploadAndReadResultAsync(new ImportSheet()
            .Add(new Dictionary<string, string>(row) { ["企业名称"] = "方城县批量导入更名企业有限公司" })
            .Add(ImportSheet.ValidRow(added, r => { r["实际控制人"] = "钱七"; r["实际控制人身份证号"] = ImportSheet.NewIdNumber(); }))
            .ToXlsx(), "b.xlsx");

        Assert.Equal([added], page.Codes("created"));
        Assert.Equal([old], page.Codes("updated"));
        var after = await factory.WithDbAsync(db => db.Enterprises.AsNoTracking().SingleAsync(e => e.Code == old));
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal("方城县批量导入更名企业有限公司", after.Name);
        var newOne = await factory.WithDbAsync(db => db.Enterprises.AsNoTracking().Include(e => e.People).ThenInclude(p => p.Person).SingleAsync(e => e.Code == added));
        Assert.Equal(3, newOne.People.Count);
        Assert.All(newOne.People, p => Assert.Equal(newOne.Id, p.EnterpriseId));

        var entries = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Sequence > sequence).OrderBy(e => e.Sequence).ToListAsync());
        var update = Assert.Single(entries, e => e.EntityType == nameof(Enterprise) && e.Action == "Updated");
        Assert.Equal(before.Id.ToString(CultureInfo.InvariantCulture), update.EntityKey);
        Assert.Contains("方城县批量导入更名企业有限公司", update.Changes, StringComparison.Ordinal);
        Assert.Single(entries, e => e.EntityType == nameof(Enterprise) && e.Action == "Inserted" && e.EntityKey == newOne.Id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(3, entries.Count(e => e.EntityType == nameof(EnterprisePerson) && e.Action == "Inserted"));
        Assert.Equal(3, entries.Count(e => e.EntityType == nameof(Person) && e.Action == "Inserted"));
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => sequence + i), entries.Select(e => e.Sequence));
        Assert.True((await factory.WithDbAsync(db => AuditChainVerifier.VerifyAsync(db))).IsIntact);
    }
}
