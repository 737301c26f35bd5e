using System.Text;
using FangchengCredit.Web.Tests.Credit;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Tests.RecordImport;

/// <summary>Files as staff produce them: full-width parentheses, columns in another order, Chinese Excel's GB18030 CSV, real date cells.</summary>
public sealed class PenaltyImportFileFormats(CreditPortalFactory factory) : IClassFixture<CreditPortalFactory>
{
    [Fact]
    public async Task FullWidthHeadersInAnyOrderInAGb18030CsvAreAccepted()
    {
        var id = await factory.NewEnterpriseAsync("方城县华星商贸有限公司");
        var code = await factory.CodeOfAsync(id);
        var headers = RecordSheet.PenaltyColumns.Reverse().Select(h => h.Replace('(', '（').Replace(')', '）')).ToList();
        var sheet = RecordSheet.Penalties(headers).Add(RecordSheet.Penalty("方城县华星商贸有限公司", code, r => r["处罚决定日期"] = RecordSheet.Day(3).Replace('-', '/')));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var (_, page) = await staff.ImportRecordsAsync("Penalties", sheet.ToCsv(Encoding.GetEncoding("GB18030")), "处罚.csv");

        Assert.StartsWith("导入成功：新增 1 条行政处罚记录", page.Summary(), StringComparison.Ordinal);
        var penalty = await factory.WithDbAsync(db => db.Penalties.SingleAsync(p => p.EnterpriseId == id));
        Assert.Equal("未按规定开展安全培训", penalty.ViolationType);
        Assert.Equal(CreditTestData.Today.AddDays(-3), penalty.DecisionDate);
    }

    [Fact]
    public async Task ExcelDateCellsAndSerialNumbersAreDates()
    {
        var id = await factory.NewEnterpriseAsync("方城县瑞丰冶金有限公司");
        var code = await factory.CodeOfAsync(id);
        var day = CreditTestData.Today.AddDays(-20);
        var sheet = RecordSheet.Penalties()
            .Add(RecordSheet.Penalty("方城县瑞丰冶金有限公司", code, r => r["处罚决定日期"] = day.ToDateTime(TimeOnly.MinValue)))
            .Add(RecordSheet.Penalty("方城县瑞丰冶金有限公司", code, r => r["处罚决定日期"] = (int)day.ToDateTime(TimeOnly.MinValue).ToOADate()));
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var (_, page) = await staff.ImportRecordsAsync("Penalties", sheet.ToXlsx(), "处罚.xlsx");

        Assert.Empty(page.Errors());
        Assert.Equal([day, day], await factory.WithDbAsync(db => db.Penalties.Where(p => p.EnterpriseId == id).Select(p => p.DecisionDate).ToListAsync()));
    }
}
