using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Web.Tests.Credit;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Tests.RecordImport;

/// <summary>Accidents are imported with their measures; the grade is the domain's, and the enterprises are regraded.</summary>
public sealed class AccidentImport(CreditPortalFactory factory) : IClassFixture<CreditPortalFactory>
{
    [Fact]
    public async Task TheGradeIsComputedFromTheMeasures()
    {
        var id = await factory.NewEnterpriseAsync("方城县金鼎有色金属有限公司");
        var code = await factory.CodeOfAsync(id);
        var sheet = RecordSheet.Accidents()
            .Add(RecordSheet.Accident(code, r => { r["事故地点"] = "甲"; r["重伤人数"] = "9"; r["直接经济损失(元)"] = "9999999"; r["是否责任事故"] = "否"; }))
            .Add(RecordSheet.Accident(code, r => { r["事故地点"] = "乙"; r["死亡人数"] = "3"; r["是否责任事故"] = "否"; }))
            .Add(RecordSheet.Accident(code, r => { r["事故地点"] = "丙"; r["直接经济损失(元)"] = "50000000"; r["是否责任事故"] = "否"; }))
            .Add(RecordSheet.Accident(code, r => { r["事故地点"] = "丁"; r["重伤人数"] = "100"; r["是否责任事故"] = "否"; }));
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var (_, page) = await staff.ImportRecordsAsync("Accidents", sheet.ToXlsx(), "事故.xlsx");

        Assert.StartsWith("导入成功：新增 4 条生产安全事故记录", page.Summary(), StringComparison.Ordinal);
        var grades = await factory.WithDbAsync(db => db.Accidents.Where(a => a.EnterpriseId == id).OrderBy(a => a.Place).Select(a => new { a.Place, a.Grade }).ToListAsync());
        Assert.Equal(
            [("丁", AccidentGrade.ExtraordinarilyMajor), ("丙", AccidentGrade.Major), ("乙", AccidentGrade.Larger), ("甲", AccidentGrade.General)],
            grades.Select(g => (g.Place, g.Grade)).OrderBy(g => g.Place, StringComparer.Ordinal));
        // Not liability accidents: recorded, nothing deducted.
        Assert.Equal(100, (await factory.CurrentGradeAsync(id)).Score);
    }

    [Fact]
    public async Task AConcealedAccidentMakesTheGradeD()
    {
        var id = await factory.NewEnterpriseAsync("方城县兴隆建材有限公司");
        var code = await factory.CodeOfAsync(id);
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var (_, page) = await staff.ImportRecordsAsync("Accidents", RecordSheet.Accidents().Add(RecordSheet.Accident(code, r => r["是否瞒报谎报"] = "是")).ToXlsx(), "事故.xlsx");

        Assert.Contains("方城县兴隆建材有限公司", page.QuerySelector("[data-testid=regraded]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(CreditGrade.D, (await factory.CurrentGradeAsync(id)).Grade);
    }

    [Fact]
    public async Task BadCellsAndFutureDatesAreRefusedRowByRow()
    {
        var id = await factory.NewEnterpriseAsync("方城县顺达物流有限公司");
        var code = await factory.CodeOfAsync(id);
        var sheet = RecordSheet.Accidents()
            .Add(RecordSheet.Accident(code, r => r["事故发生日期"] = CreditTestData.Today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .Add(RecordSheet.Accident(code, r => { r["死亡人数"] = "-1"; r["重伤人数"] = "1.5"; }))
            .Add(RecordSheet.Accident(code, r => { r["是否责任事故"] = "Y"; r["事故简要经过"] = ""; }))
            .Add(RecordSheet.Accident(code));
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var (_, page) = await staff.ImportRecordsAsync("Accidents", sheet.ToXlsx(), "事故.xlsx");

        Assert.Equal(
            [(2, "事故发生日期"), (3, "死亡人数"), (3, "重伤人数"), (4, "是否责任事故"), (4, "事故简要经过")],
            page.Errors().Select(e => (e.Row, e.Column)));
        Assert.Equal("是否责任事故“Y”无效，应填写“是”或“否”", page.Errors()[3].Message);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Accidents.CountAsync(a => a.EnterpriseId == id)));
    }

    [Fact]
    public async Task TheSameAccidentIsNotImportedTwice()
    {
        var id = await factory.NewEnterpriseAsync("方城县宏远机械有限公司");
        var code = await factory.CodeOfAsync(id);
        var row = RecordSheet.Accident(code);
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        await staff.ImportRecordsAsync("Accidents", RecordSheet.Accidents().Add(row).ToXlsx(), "事故.xlsx");

        var (_, page) = await staff.ImportRecordsAsync("Accidents", RecordSheet.Accidents().Add(row).ToXlsx(), "事故.xlsx");

        Assert.Equal([(2, "事故地点")], page.Errors().Select(e => (e.Row, e.Column)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Accidents.CountAsync(a => a.EnterpriseId == id)));
    }
}
