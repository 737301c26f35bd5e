using System.Net;
using FangchengCredit.Data;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FangchengCredit.Web.Tests.Credit.CreditTestData;

namespace FangchengCredit.Web.Tests.Credit;

/// <summary>Staff record an accident through the form; the enterprise is regraded in the same request.</summary>
public sealed class RecordingAnAccident(CreditPortalFactory factory) : IClassFixture<CreditPortalFactory>
{
    private static Dictionary<string, string> AccidentForm(long enterpriseId, DateOnly on, int deaths) => new()
    {
        ["Input.EnterpriseId"] = enterpriseId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.OccurredOn"] = on.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Place"] = "仓库装卸区",
        ["Input.Deaths"] = deaths.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.SeriousInjuries"] = "0",
        ["Input.DirectLossYuan"] = "350000",
        ["Input.Description"] = "叉车倒车时撞击作业人员。",
        ["Input.IsLiability"] = "true",
        ["Input.Concealed"] = "false",
    };

    [Fact]
    public async Task AGeneralLiabilityAccidentWithADeathCapsTheGradeAtCAndIsNamedInTheExplanation()
    {
        var id = await factory.NewEnterpriseAsync("方城县捷达物流有限公司", StandardisationGrade.Level1);
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        Assert.Equal(CreditGrade.A, (await factory.WithServiceAsync<Domain.Grading.CurrentCreditGrade?, Web.Features.Credit.CreditGradingService>(g => g.CurrentAsync(id)))!.Grade);

        var response = await staff.PostFormAsync($"/Records/Accidents/New?enterpriseId={id}", "/Records/Accidents/New", AccidentForm(id, Today.AddDays(-10), deaths: 1));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var current = await factory.CurrentGradeAsync(id);
        Assert.Equal(90, current.Score); // 100 − 20 + 10 (一级标准化)
        Assert.Equal(CreditGrade.A, current.BandGrade);
        Assert.Equal(CreditGrade.C, current.Grade);
        Assert.Equal(GradeOverride.CappedAtC, current.Override);

        var page = await staff.GetDocumentAsync($"/Enterprises/{id}/Credit");
        Assert.Equal("C", page.QuerySelector("[data-testid=grade]")!.TextContent.Trim());
        var explanation = page.QuerySelector("[data-testid=explanation]")!.TextContent;
        Assert.Contains("仓库装卸区：一般生产安全事故（责任事故）", explanation, StringComparison.Ordinal);
        Assert.Contains("一般责任事故（有人死亡）", explanation, StringComparison.Ordinal);
        Assert.Contains("−20", explanation, StringComparison.Ordinal);
        Assert.Contains(Today.AddDays(-10).AddYears(1).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), explanation, StringComparison.Ordinal);
        Assert.Contains("信用等级最高为C", page.QuerySelector("[data-testid=override]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(
            $"若无新的信用记录，信用等级将于 {Today.AddDays(-10).AddYears(1):yyyy-MM-dd} 变为 A",
            page.QuerySelector("[data-testid=next-change]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeepsTheGradeHistory()
    {
        var id = await factory.NewEnterpriseAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        await staff.GetAsync(Url($"/Enterprises/{id}/Credit"));

        await staff.PostFormAsync($"/Records/Accidents/New?enterpriseId={id}", "/Records/Accidents/New", AccidentForm(id, Today.AddDays(-3), deaths: 1));

        var history = await factory.WithDbAsync(db => db.CreditEvaluations.Where(e => e.EnterpriseId == id).OrderBy(e => e.Id).Select(e => e.Grade).ToListAsync());
        Assert.Equal([CreditGrade.A, CreditGrade.C], history);
        var page = await staff.GetDocumentAsync($"/Enterprises/{id}/Credit");
        // Both evaluations are listed; the chart draws one point per day, the day's last grade.
        Assert.Equal(2, page.QuerySelectorAll("table.visually-hidden tbody tr").Length);
        Assert.Contains("：C（", page.QuerySelector("[data-testid=grade-history] circle title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyFormIsAnsweredInChineseBesideTheFields()
    {
        var id = await factory.NewEnterpriseAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var response = await staff.PostFormAsync($"/Records/Accidents/New?enterpriseId={id}", "/Records/Accidents/New", new Dictionary<string, string>
        {
            ["Input.EnterpriseId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("请填写事故发生日期。", page.QuerySelector("[data-valmsg-for='Input.OccurredOn']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("请填写事故地点。", page.QuerySelector("[data-valmsg-for='Input.Place']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("请填写事故简要经过。", page.QuerySelector("[data-valmsg-for='Input.Description']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Accidents.CountAsync(a => a.EnterpriseId == id)));
    }

    [Fact]
    public async Task AnAccidentInTheFutureIsRefused()
    {
        var id = await factory.NewEnterpriseAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var response = await staff.PostFormAsync($"/Records/Accidents/New?enterpriseId={id}", "/Records/Accidents/New", AccidentForm(id, Today.AddDays(2), 0));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("事故发生日期不能晚于今天。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("91350100M000100Y44", "第18位校验码应为 3")]
    [InlineData("91350100M000100Y43", "未找到该统一社会信用代码对应的企业。")]
    public async Task TheEnterpriseIsChosenByItsCode(string code, string message)
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var page = await staff.GetDocumentAsync("/Records/Accidents/New?code=" + code);

        Assert.Contains(message, page.QuerySelector("[data-testid=code-error]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKnownCodeLeadsToTheForm()
    {
        var id = await factory.NewEnterpriseAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var response = await staff.GetAsync(Url("/Records/Accidents/New?code=" + (await factory.CodeOfAsync(id)).ToLowerInvariant()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Records/Accidents/New?enterpriseId={id}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task CorrectingTheAccidentAfterTheInvestigationRegrades()
    {
        var id = await factory.NewEnterpriseAsync();
        var accident = await factory.RecordAccidentAsync(id, Today.AddDays(-20), deaths: 1, liability: false);
        Assert.Equal(CreditGrade.A, (await factory.CurrentGradeAsync(id)).Grade);
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var version = await factory.WithDbAsync(db => db.Accidents.Where(a => a.Id == accident).Select(a => a.Version).SingleAsync());

        var form = AccidentForm(id, Today.AddDays(-20), deaths: 3);
        form["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var response = await staff.PostFormAsync($"/Records/Accidents/{accident}/Edit", $"/Records/Accidents/{accident}/Edit", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(CreditGrade.D, (await factory.CurrentGradeAsync(id)).Grade);
        Assert.Equal(Domain.Accidents.AccidentGrade.Larger, await factory.WithDbAsync(db => db.Accidents.Where(a => a.Id == accident).Select(a => a.Grade).SingleAsync()));

        // The same stale version again: someone else's change is not overwritten.
        var stale = await staff.PostFormAsync($"/Records/Accidents/{accident}/Edit", $"/Records/Accidents/{accident}/Edit", form);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("数据已被他人修改，请刷新后重试。", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnterpriseUsersCannotRecord()
    {
        var id = await factory.NewEnterpriseAsync();
        var user = await factory.SignedInEnterpriseAsync(id);

        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync(Url($"/Records/Accidents/New?enterpriseId={id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync(Url("/Records"))).StatusCode);
    }
}
