using FangchengCredit.Data;
using FangchengCredit.Data.Identity;
using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Identifiers;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Features.Records;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FangchengCredit.Browser.Tests;

/// <summary>Credit records and grades in a real browser: staff record an accident; an enterprise reads its credit and prints the report.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RecordingCredit(BrowserFixture fixture)
{
    private const string EnterprisePassword = "Qiye2026pass";
    private static int _next = Random.Shared.Next(10_000_000, 20_000_000);

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotDirectory, name);

    private async Task<long> NewEnterpriseAsync(string name, StandardisationGrade standardisation)
    {
        using var scope = fixture.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var industry = await db.Industries.OrderBy(i => i.SortOrder).Select(i => i.Id).FirstAsync();
        var n = Interlocked.Increment(ref _next);
        var enterprise = Enterprise.Register(
            UnifiedSocialCreditCode.Create('9', '1', "411322", n.ToString("D8", System.Globalization.CultureInfo.InvariantCulture)),
            new EnterpriseDetails
            {
                Name = name, IndustryId = industry, TownshipCode = "411322102", Standardisation = standardisation,
                LiabilityInsuranceValidUntil = Today.AddMonths(8), Address = "方城县博望镇工业园区",
            }, new DateOnly(2023, 3, 15));
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync();
        return enterprise.Id;
    }

    private async Task<string> CodeOfAsync(long id)
    {
        using var scope = fixture.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Enterprises.Where(e => e.Id == id).Select(e => e.Code).SingleAsync();
    }

    private async Task<long> PenaltyAsync(long id, string name, DateOnly on, string category, decimal fine, string content)
    {
        var code = await CodeOfAsync(id);
        return await WithRecordsAsync(s => s.RecordPenaltyAsync(id, null, new PenaltyDetails
        {
            SubjectName = name, SubjectCode = code, LegalRepresentative = "王志强",
            DocumentNumber = $"方应急罚〔{on.Year}〕{id}{fine:0}号", ViolationType = "未按规定开展安全生产教育和培训",
            ViolationFacts = "新入职员工未经岗前安全培训即上岗作业。", LegalBasis = "《中华人民共和国安全生产法》第九十七条",
            PenaltyCategory = category, PenaltyContent = content, FineWanYuan = fine, DecisionDate = on,
            Authority = "方城县应急管理局", DataSource = "方城县应急管理局", Procedure = PenaltyProcedure.General,
        }, "李明"));
    }

    private async Task<T> WithRecordsAsync<T>(Func<RecordService, Task<T>> work)
    {
        using var scope = fixture.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<RecordService>());
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("账号（电子邮箱）").FillAsync(email);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }

    private static List<string> WatchCsp(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(message.Text);
        };
        return violations;
    }

    [SkippableFact]
    public async Task StaffRecordAnAccidentAndWatchTheGradeChangeOnTheCreditPage()
    {
        var page = await fixture.NewPageAsync();
        var violations = WatchCsp(page);
        var id = await NewEnterpriseAsync("方城县博望镇兴业铸造有限公司", StandardisationGrade.Level2);
        await PenaltyAsync(id, "方城县博望镇兴业铸造有限公司", Today.AddMonths(-2), "罚款", 2m, "罚款人民币贰万元整");
        await SignInAsync(page, "staff@fangcheng.local", "Demo@12345");

        await page.GotoAsync($"/Enterprises/{id}/Credit");
        Assert.Equal("A", (await page.GetByTestId("grade").InnerTextAsync()).Trim());
        await page.ScreenshotAsync(new() { Path = Shot("credit-before-accident.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "管理信用记录" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "登记生产安全事故" }).First.ClickAsync();
        await page.GetByLabel("事故发生日期").FillAsync(Today.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("事故地点").FillAsync("熔炼车间浇注区");
        await page.GetByLabel("死亡人数").FillAsync("1");
        await page.GetByLabel("重伤人数（含急性工业中毒）").FillAsync("0");
        await page.GetByLabel("直接经济损失（元）").FillAsync("1350000");
        await page.GetByLabel("事故简要经过").FillAsync("浇注作业时钢包倾翻，高温铁水喷溅，一名作业人员经抢救无效死亡。");
        Assert.True(await page.GetByLabel("责任事故（依据事故调查结论）").IsCheckedAsync());
        await page.ScreenshotAsync(new() { Path = Shot("record-accident-form.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();

        await page.WaitForPageAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/Records/\\d+$"));
        Assert.Contains("已登记生产安全事故", await page.Locator(".alert-success").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Shot("record-accident-details.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "查看信用评价" }).ClickAsync();
        Assert.Equal("C", (await page.GetByTestId("grade").InnerTextAsync()).Trim());
        Assert.Contains("信用等级最高为C", await page.GetByTestId("override").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("熔炼车间浇注区", await page.GetByTestId("explanation").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Shot("credit-after-accident.png"), FullPage = true });

        await page.GotoAsync($"/Records?q={Uri.EscapeDataString("兴业铸造")}");
        Assert.Contains("方城县博望镇兴业铸造有限公司", await page.GetByTestId("enterprise-hits").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Shot("records-index.png"), FullPage = true });
        await page.GotoAsync($"/Records/Penalties/New?enterpriseId={id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        Assert.Contains("请填写处罚决定书文号。", await page.Locator("[data-valmsg-for='Input.DocumentNumber']").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Shot("record-penalty-form-errors.png"), FullPage = true });
        Assert.Empty(violations);
    }

    [SkippableFact]
    public async Task TheGradeHistoryChartFollowsTheRecordsOverTime()
    {
        var page = await fixture.NewPageAsync();
        var id = await NewEnterpriseAsync("方城县赵河镇恒泰建材有限公司", StandardisationGrade.None);
        var code = await CodeOfAsync(id);
        using (var scope = fixture.Services.CreateScope())
        {
            // Entered as the demo data is, without regrading at once: a record already past its period would be expired on entry
            // and then never count, not even when the past is regraded.
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = DateTime.UtcNow;
            db.Accidents.Add(Accident.Report(id, null, new AccidentDetails
            {
                OccurredOn = Today.AddMonths(-20), Place = "粉磨车间", Deaths = 1, DirectLossYuan = 900_000,
                Description = "清理作业未停机，一名工人被卷入输送带身亡。", IsLiability = true,
            }, Today, "李明", now));
            db.Penalties.Add(AdministrativePenalty.Decide(id, null, new PenaltyDetails
            {
                SubjectName = "方城县赵河镇恒泰建材有限公司", SubjectCode = code, DocumentNumber = $"方应急罚〔{Today.Year}〕{id}号",
                ViolationType = "未消除重大事故隐患", ViolationFacts = "粉尘防爆设施失效，逾期未整改。", LegalBasis = "《中华人民共和国安全生产法》第一百零二条",
                PenaltyCategory = "责令停产停业整顿;罚款", PenaltyContent = "责令停产停业整顿，并处罚款叁万元整", FineWanYuan = 3m,
                DecisionDate = Today.AddMonths(-7), Authority = "方城县应急管理局", DataSource = "方城县应急管理局", Procedure = PenaltyProcedure.General,
            }, Today, "李明", now));
            db.CreditRecords.Add(CreditRecord.Commendation(id, null, Today.AddMonths(-2), Today, "安全生产月活动优秀组织单位", null, "李明", now));
            await db.SaveChangesAsync();
        }
        using (var scope = fixture.Services.CreateScope())
        {
            var grading = scope.ServiceProvider.GetRequiredService<FangchengCredit.Web.Features.Credit.CreditGradingService>();
            for (var day = Today.AddMonths(-24); day < Today; day = day.AddMonths(2))
                await grading.RegradeRangeAsync(id, id, day);
        }
        await SignInAsync(page, "chief@fangcheng.local", "Demo@12345");

        await page.GotoAsync($"/Enterprises/{id}/Credit");

        var grades = await page.Locator("[data-testid=grade-history] circle title").AllTextContentsAsync();
        Assert.Contains(grades, g => g.Contains("：A（", StringComparison.Ordinal));
        Assert.Contains(grades, g => g.Contains("：C（", StringComparison.Ordinal));
        Assert.Contains(grades, g => g.Contains("：B（", StringComparison.Ordinal));
        await page.ScreenshotAsync(new() { Path = Shot("credit-history.png"), FullPage = true });
    }

    [SkippableFact]
    public async Task AnEnterpriseUserOpensMyCreditAndPrintsTheReport()
    {
        var page = await fixture.NewPageAsync();
        var violations = WatchCsp(page);
        var id = await NewEnterpriseAsync("方城县广阳镇鑫源化工有限公司", StandardisationGrade.Level3);
        await WithRecordsAsync(s => s.RecordAccidentAsync(id, null, new AccidentDetails
        {
            OccurredOn = Today.AddMonths(-5), Place = "罐区装卸站台", Deaths = 0, SeriousInjuries = 1, DirectLossYuan = 420_000,
            Description = "装卸作业中软管脱落，化学品泄漏致一名装卸工灼伤，构成重伤。", IsLiability = true,
        }, "李明"));
        await PenaltyAsync(id, "方城县广阳镇鑫源化工有限公司", Today.AddMonths(-4), "责令停产停业整顿", 0m, "责令停产停业整顿十五日");
        await WithRecordsAsync(s => s.RecordCommendationAsync(id, null, Today.AddMonths(-2), "全县危险化学品安全管理先进单位", "方安委〔2026〕6号", "李明"));
        var email = $"xinyuan{id}@example.cn";
        using (var scope = fixture.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "鑫源化工安全员", EnterpriseId = id, CreatedAtUtc = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(user, EnterprisePassword)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Enterprise);
        }

        await SignInAsync(page, email, EnterprisePassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "我的信用" }).ClickAsync();
        await page.WaitForPageAsync("**/My/Credit");
        Assert.Equal("B", (await page.GetByTestId("grade").InnerTextAsync()).Trim()); // 100 − 10 − 15 + 5 + 3 (三级) + 2 (安责险) = 85
        Assert.Equal("85", (await page.GetByTestId("score").InnerTextAsync()).Trim());
        await page.ScreenshotAsync(new() { Path = Shot("my-credit.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "信用报告（可打印）" }).ClickAsync();
        await page.WaitForPageAsync($"**/Reports/Credit/{id}");
        var code = (await page.GetByTestId("report-code").InnerTextAsync()).Trim();
        Assert.Matches("^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$", code);
        Assert.True(await page.Locator("button[data-print]").IsVisibleAsync());
        await page.ScreenshotAsync(new() { Path = Shot("credit-report-screen.png"), FullPage = true });

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator("button[data-print]").IsVisibleAsync());
        Assert.False(await page.Locator("header nav").IsVisibleAsync());
        await page.SetViewportSizeAsync(794, 1123); // A4 at 96 dpi
        await page.ScreenshotAsync(new() { Path = Shot("credit-report-print.png"), FullPage = true });
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        var verify = await fixture.NewPageAsync();
        await verify.GotoAsync("/verify");
        await verify.GetByLabel("验证码").FillAsync(code.ToLowerInvariant());
        await verify.GetByRole(AriaRole.Button, new() { Name = "验证" }).ClickAsync();
        Assert.Equal("方城县广阳镇鑫源化工有限公司", (await verify.GetByTestId("verify-name").InnerTextAsync()).Trim());
        Assert.True(await verify.GetByTestId("verify-current").IsVisibleAsync());
        await verify.ScreenshotAsync(new() { Path = Shot("verify-report.png"), FullPage = true });
        Assert.Empty(violations);
    }
}
