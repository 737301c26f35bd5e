using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Tests.Import;

public sealed class ReimportingTheSameFile(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task UpdatesEveryRowCreatesNothingAndChangesNothing()
    {
        var sheet = new ImportSheet().Add(ImportSheet.ValidRow()).Add(ImportSheet.ValidRow()).Add(ImportSheet.ValidRow());
        var codes = sheet.Rows.Select(r => r["统一社会信用代码"]).ToList();
        var file = sheet.ToXlsx();
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        await staff.UploadAndReadResultAsync(file, "台账.xlsx");
        var (people, versions, audit) = await SnapshotAsync(codes);

        var (_, again) = await staff.UploadAndReadResultAsync(file, "台账.xlsx");

        Assert.Empty(again.Codes("created"));
        Assert.Equal(codes, again.Codes("updated"));
        Assert.Equal(3, await factory.EnterpriseCountAsync(codes));
        Assert.Equal((people, versions, audit), await SnapshotAsync(codes));
    }

    private Task<(int People, string Versions, int AuditEntries)> SnapshotAsync(List<string> codes) => factory.WithDbAsync(async db =>
    (
        await db.People.CountAsync(),
        string.Join(",", await db.Enterprises.Where(e => codes.Contains(e.Code)).OrderBy(e => e.Code).Select(e => e.Version).ToListAsync()),
        await db.AuditEntries.CountAsync()
    ));
}
