using FangchengCredit.Data;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace FangchengCredit.Web.Tests.Import;

/// <summary>Rows that are well formed but contradict what the portal already holds.</summary>
public sealed class ImportAgainstTheRegistry(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AnIdNumberRegisteredUnderAnotherNameIsRefused()
    {
        var id = ImportSheet.NewIdNumber();
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        await staff.UploadAndReadResultAsync(new ImportSheet().Add(ImportSheet.ValidRow(with: r => { r["法定代表人"] = "陈明"; r["法定代表人身份证号"] = id; })).ToXlsx(), "a.xlsx");
        var newCode = ImportSheet.NewCode();

        var (_, page) = await staff.UploadAndReadResultAsync(new ImportSheet()
            .Add(ImportSheet.ValidRow(newCode, r => { r["主要负责人"] = "陈敏"; r["主要负责人身份证号"] = id; })).ToXlsx(), "b.xlsx");

        var error = Assert.Single(page.ErrorTable());
        Assert.Equal((2, "主要负责人身份证号"), (error.Row, error.Column));
        Assert.Contains("已登记为“陈明”", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await factory.EnterpriseCountAsync([newCode]));
    }

    [Fact]
    public async Task ADeregisteredEnterpriseMayStayInTheLedgerButItsPeopleCannotChange()
    {
        var code = ImportSheet.NewCode();
        var row = ImportSheet.ValidRow(code);
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        await staff.UploadAndReadResultAsync(new ImportSheet().Add(row).ToXlsx(), "a.xlsx");
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Enterprises.SingleAsync(e => e.Code == code)).Deregister();
            await db.SaveChangesAsync();
        }

        var (_, unchanged) = await staff.UploadAndReadResultAsync(new ImportSheet().Add(row).ToXlsx(), "b.xlsx");
        Assert.Equal([code], unchanged.Codes("updated"));

        row["法定代表人"] = "新法人";
        row["法定代表人身份证号"] = ImportSheet.NewIdNumber();
        var (_, changed) = await staff.UploadAndReadResultAsync(new ImportSheet().Add(row).ToXlsx(), "c.xlsx");
        var error = Assert.Single(changed.ErrorTable());
        Assert.Equal((2, "法定代表人", "该企业已注销，不能变更法定代表人"), error);
    }

    [Fact]
    public async Task AnIdNumberTypedIntoANumberCellIsExplained()
    {
        var row = ImportSheet.ValidRow();
        var cells = ImportSheet.Columns.ToDictionary(c => c, c => (object?)row[c]);
        // What Excel stores when an 18-digit number is typed into a General cell: a double, its last digits lost.
        cells["法定代表人身份证号"] = double.Parse(row["法定代表人身份证号"][..17], System.Globalization.CultureInfo.InvariantCulture) * 10;
        using var stream = new MemoryStream();
        stream.SaveAs(new[] { cells });
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var (_, page) = await staff.UploadAndReadResultAsync(stream.ToArray(), "a.xlsx");

        var error = Assert.Single(page.ErrorTable());
        Assert.Equal("法定代表人身份证号", error.Column);
        Assert.Contains("数字格式", error.Message, StringComparison.Ordinal);
        Assert.Contains("文本", error.Message, StringComparison.Ordinal);
    }
}
