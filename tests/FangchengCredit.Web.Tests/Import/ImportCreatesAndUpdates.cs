using System.Text;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Tests.Import;

public sealed class ImportCreatesAndUpdates(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task NewCodesAreRegisteredExistingOnesUpdatedAndPeopleReusedByIdNumber()
    {
        var (first, second, third) = (ImportSheet.NewCode(), ImportSheet.NewCode(), ImportSheet.NewCode());
        var boss = ImportSheet.NewIdNumber();
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var (_, created) = await staff.UploadAndReadResultAsync(new ImportSheet()
            .Add(ImportSheet.ValidRow(first, r => { r["法定代表人"] = "赵六"; r["法定代表人身份证号"] = boss; r["实际控制人"] = "赵六"; r["实际控制人身份证号"] = boss; }))
            .Add(ImportSheet.ValidRow(second, r => { r["法定代表人"] = "赵六"; r["法定代表人身份证号"] = boss; r["标准化等级"] = "二级"; }))
            .ToXlsx(), "第一批.xlsx");

        Assert.Equal([first, second], created.Codes("created"));
        Assert.Empty(created.Codes("updated"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.People.CountAsync(p => p.IdNumber == boss)));
        var bossRoles = await factory.WithDbAsync(db => db.EnterprisePeople.CountAsync(ep => ep.Person.IdNumber == boss));
        Assert.Equal(3, bossRoles);

        var (_, mixed) = await staff.UploadAndReadResultAsync(new ImportSheet()
            .Add(ImportSheet.ValidRow(second, r =>
            {
                r["企业名称"] = "方城县更名后的企业有限公司";
                r["安全风险等级"] = "重大";
                r["法定代表人"] = "赵六";
                r["法定代表人身份证号"] = boss;
                r["标准化等级"] = "";          // empty: keeps 二级
                r["安责险有效期至"] = "2028/01/31";
            }))
            .Add(ImportSheet.ValidRow(third))
            .ToCsv(Encoding.UTF8), "第二批.csv");

        Assert.Equal([third], mixed.Codes("created"));
        Assert.Equal([second], mixed.Codes("updated"));
        Assert.Contains("新增 1 家企业，更新 1 家企业", mixed.QuerySelector("[data-testid=import-summary]")!.TextContent, StringComparison.Ordinal);
        var updated = await factory.WithDbAsync(db => db.Enterprises.AsNoTracking().SingleAsync(e => e.Code == second));
        Assert.Equal("方城县更名后的企业有限公司", updated.Name);
        Assert.Equal(RiskLevel.Major, updated.RiskLevel);
        Assert.Equal(StandardisationGrade.Level2, updated.Standardisation);
        Assert.Equal(new DateOnly(2028, 1, 31), updated.LiabilityInsuranceValidUntil);
        Assert.Equal(1, await factory.WithDbAsync(db => db.People.CountAsync(p => p.IdNumber == boss)));
        // The updated enterprise's insurance changed: graded at once, the cover counted; the new one waits for its first grading.
        var grade = await factory.WithDbAsync(db => db.CurrentCreditGrades.AsNoTracking().SingleAsync(g => g.EnterpriseId == updated.Id));
        Assert.Contains("\"LiabilityInsurance\"", grade.ExplanationJson, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2028, 1, 31), grade.ValidThrough);
        Assert.False(await factory.WithDbAsync(db => db.CurrentCreditGrades.AnyAsync(g => db.Enterprises.Any(e => e.Code == third && e.Id == g.EnterpriseId))));
    }

    [Fact]
    public async Task ANewPrincipalReplacesTheOldOneAndANamedActualControllerReplacesOthers()
    {
        var code = ImportSheet.NewCode();
        var (oldController, newController, newPrincipal) = (ImportSheet.NewIdNumber(), ImportSheet.NewIdNumber(), ImportSheet.NewIdNumber());
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var row = ImportSheet.ValidRow(code, r => { r["实际控制人"] = "钱七"; r["实际控制人身份证号"] = oldController; });
        await staff.UploadAndReadResultAsync(new ImportSheet().Add(row).ToXlsx(), "a.xlsx");

        row["主要负责人"] = "孙八";
        row["主要负责人身份证号"] = newPrincipal;
        row["实际控制人"] = "周九";
        row["实际控制人身份证号"] = newController;
        await staff.UploadAndReadResultAsync(new ImportSheet().Add(row).ToXlsx(), "b.xlsx");

        var roles = await factory.WithDbAsync(db => db.EnterprisePeople.AsNoTracking()
            .Where(ep => db.Enterprises.Any(e => e.Code == code && e.Id == ep.EnterpriseId))
            .Select(ep => new { ep.Role, ep.Person.IdNumber })
            .ToListAsync());
        Assert.Equal(3, roles.Count);
        Assert.Equal(newPrincipal, roles.Single(r => r.Role == PersonRole.Principal).IdNumber);
        Assert.Equal(newController, roles.Single(r => r.Role == PersonRole.ActualController).IdNumber);
    }

    [Fact]
    public async Task AGb18030CsvFromChineseExcelImports()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var code = ImportSheet.NewCode();
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var (_, page) = await staff.UploadAndReadResultAsync(
            new ImportSheet().Add(ImportSheet.ValidRow(code, r => r["企业名称"] = "方城县烟花爆竹（批发）有限公司")).ToCsv(Encoding.GetEncoding("GB18030")), "台账.csv");

        Assert.Equal([code], page.Codes("created"));
        Assert.Equal("方城县烟花爆竹（批发）有限公司", await factory.WithDbAsync(db => db.Enterprises.Where(e => e.Code == code).Select(e => e.Name).SingleAsync()));
    }
}
