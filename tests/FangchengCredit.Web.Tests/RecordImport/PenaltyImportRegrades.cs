using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Tests.Credit;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FangchengCredit.Web.Tests.Credit.CreditTestData;

namespace FangchengCredit.Web.Tests.RecordImport;

/// <summary>A good penalty file records every decision and regrades each enterprise concerned once, from its new records.</summary>
public sealed class PenaltyImportRegrades(CreditPortalFactory factory) : IClassFixture<CreditPortalFactory>
{
    [Fact]
    public async Task EveryRowIsRecordedAndEachEnterpriseIsRegradedOnce()
    {
        var first = await factory.NewEnterpriseAsync("方城县鑫源矿业有限公司");
        var second = await factory.NewEnterpriseAsync("方城县（集团）建材有限公司");
        await factory.WithServiceAsync<FangchengCredit.Web.Features.Credit.RegradeResult, FangchengCredit.Web.Features.Credit.CreditGradingService>(s => s.RegradeAsync(first));
        var evaluationsBefore = await factory.WithDbAsync(db => db.CreditEvaluations.CountAsync(e => e.EnterpriseId == first));
        var (firstCode, secondCode) = (await factory.CodeOfAsync(first), await factory.CodeOfAsync(second));
        var sheet = RecordSheet.Penalties()
            .Add(RecordSheet.Penalty("方城县鑫源矿业有限公司", firstCode))
            .Add(RecordSheet.Penalty(" 方城县鑫源矿业有限公司 ", firstCode, r =>
            {
                r["处罚类别"] = "罚款;吊销安全生产许可证";
                r["暂扣或吊销证照名称及编号"] = "安全生产许可证（豫）FM安许证字〔2024〕0001";
                r["罚款金额(万元)"] = "3.123456";
            }))
            .Add(RecordSheet.Penalty("方城县(集团)建材有限公司", secondCode, r =>
            {
                r["程序类别"] = "简易程序";
                r["处罚类别"] = "警告";
                r["罚款金额(万元)"] = "";
                r["法定代表人"] = "";
            }));
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var (_, page) = await staff.ImportRecordsAsync("Penalties", sheet.ToXlsx(), "处罚.xlsx");

        Assert.Equal("导入成功：新增 3 条行政处罚记录，涉及 2 家企业，其中 1 家信用等级发生变化。", page.Summary());
        var penalties = await factory.WithDbAsync(db => db.Penalties.Where(p => p.EnterpriseId == first || p.EnterpriseId == second)
            .OrderBy(p => p.Id).Select(p => new { p.EnterpriseId, p.Severity, p.FineWanYuan, p.SubjectName, p.Record.RecordedBy }).ToListAsync());
        Assert.Equal(
            [(first, PenaltySeverity.General), (first, PenaltySeverity.SuspensionOrLicence), (second, PenaltySeverity.Summary)],
            penalties.Select(p => (p.EnterpriseId, p.Severity)));
        Assert.Equal(3.123456m, penalties[1].FineWanYuan);
        Assert.Equal("方城县（集团）建材有限公司", penalties[2].SubjectName);

        // 100 − 5 − 15 = 80 (B), and 100 − 2 = 98 (A).
        var firstGrade = await factory.CurrentGradeAsync(first);
        Assert.Equal((80, CreditGrade.B), (firstGrade.Score, firstGrade.Grade));
        var secondGrade = await factory.CurrentGradeAsync(second);
        Assert.Equal((98, CreditGrade.A), (secondGrade.Score, secondGrade.Grade));
        // Regraded once for two rows: one new evaluation, not one per row.
        Assert.Equal(evaluationsBefore + 1, await factory.WithDbAsync(db => db.CreditEvaluations.CountAsync(e => e.EnterpriseId == first)));

        var regraded = page.QuerySelectorAll("[data-testid=regraded] tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => System.Text.RegularExpressions.Regex.Replace(td.TextContent.Trim(), @"\s+", " ")).ToArray()).ToList();
        Assert.Equal(["方城县鑫源矿业有限公司", firstCode, "A 100 分", "B 80 分", "A → B"], regraded[0]);
        Assert.Equal(["方城县（集团）建材有限公司", secondCode, "A 100 分", "A 98 分", "不变"], regraded[1]);
    }
}
