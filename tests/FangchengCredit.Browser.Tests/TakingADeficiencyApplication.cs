using FangchengCredit.Data;
using FangchengCredit.Data.Identity;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Identifiers;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Features.Records;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FangchengCredit.Browser.Tests;

/// <summary>容缺受理 in a real browser: staff accept for a grade-B enterprise, print the letter, the enterprise uploads, staff verify, kept.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TakingADeficiencyApplication(BrowserFixture fixture)
{
    private const string EnterprisePassword = "Qiye2026pass";
    private const string Name = "方城县券桥镇顺达烟花爆竹零售部";
    private const string Owed = "安全管理人员培训合格证明";
    private static int _next = Random.Shared.Next(20_000_000, 30_000_000);
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotDirectory, name);

    /// <summary>A new enterprise with a suspension penalty (−15): 85, grade B.</summary>
    private async Task<long> NewGradeBEnterpriseAsync()
    {
        long id;
        string code;
        using (var scope = fixture.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var industry = await db.Industries.OrderBy(i => i.SortOrder).Select(i => i.Id).FirstAsync();
            var enterprise = Enterprise.Register(
                UnifiedSocialCreditCode.Create('9', '2', "411322", Interlocked.Increment(ref _next).ToString("D8", System.Globalization.CultureInfo.InvariantCulture)),
                new EnterpriseDetails { Name = Name, IndustryId = industry, TownshipCode = "411322102", Address = "方城县券桥镇商业街18号" },
                new DateOnly(2022, 5, 6));
            var first17 = "41132219781105" + (Interlocked.Increment(ref _next) % 1000).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
            enterprise.Appoint(Person.Create("赵红梅", ResidentIdNumber.Parse(first17 + ResidentIdNumber.ComputeCheckCharacter(first17))),
                PersonRole.LegalRepresentative, new DateOnly(2022, 5, 6));
            db.Enterprises.Add(enterprise);
            await db.SaveChangesAsync();
            (id, code) = (enterprise.Id, enterprise.Code);
        }
        using (var scope = fixture.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<RecordService>().RecordPenaltyAsync(id, null, new PenaltyDetails
            {
                SubjectName = Name, SubjectCode = code, LegalRepresentative = "赵红梅", DocumentNumber = $"方应急罚〔{Today.Year}〕{id}号",
                ViolationType = "超量储存烟花爆竹", ViolationFacts = "零售点超核定数量储存烟花爆竹。", LegalBasis = "《烟花爆竹安全管理条例》第三十六条",
                PenaltyCategory = "责令停产停业整顿", PenaltyContent = "责令停业整顿七日", FineWanYuan = 0m, DecisionDate = Today.AddMonths(-2),
                Authority = "方城县应急管理局", DataSource = "方城县应急管理局", Procedure = PenaltyProcedure.General,
            }, "李明");
        }
        return id;
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("账号（电子邮箱）").FillAsync(email);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task StaffTakeItTheEnterpriseUploadsStaffVerifyAndTheCommitmentIsKept()
    {
        var id = await NewGradeBEnterpriseAsync();
        var staffPage = await fixture.NewPageAsync();
        await SignInAsync(staffPage, "staff@fangcheng.local", "Demo@12345");

        await staffPage.GotoAsync($"/Licensing/New?enterpriseId={id}");
        Assert.Contains("符合", await staffPage.GetByTestId("eligibility").InnerTextAsync(), StringComparison.Ordinal);
        await staffPage.GetByLabel("许可证种类").SelectOptionAsync(new SelectOptionValue { Index = 2 });
        await staffPage.Locator("#mode-AcceptWithDeficiencies").CheckAsync();
        await staffPage.GetByLabel("已收到的材料（每行一项）").FillAsync("营业执照\n经营场所产权证明\n烟花爆竹储存场所平面图");
        await staffPage.GetByLabel("缺项材料（仅容缺受理，每行一项）").FillAsync(Owed);
        await staffPage.ScreenshotAsync(new() { Path = Shot("licensing-new-deficiency.png"), FullPage = true });
        await staffPage.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        await staffPage.WaitForPageAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/Licensing/\\d+$"));
        var applicationUrl = staffPage.Url;
        Assert.Equal("容缺受理", (await staffPage.GetByTestId("mode").InnerTextAsync()).Trim());

        await staffPage.GetByTestId("letter-link").ClickAsync();
        await staffPage.WaitForPageAsync("**/Letter");
        Assert.Contains(Owed, await staffPage.GetByTestId("letter-items").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(Name, await staffPage.GetByTestId("letter").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("赵红梅", await staffPage.GetByTestId("letter").InnerTextAsync(), StringComparison.Ordinal);
        await staffPage.ScreenshotAsync(new() { Path = Shot("licensing-commitment-letter.png"), FullPage = true });
        await staffPage.EmulateMediaAsync(new() { Media = Media.Print });
        await staffPage.ScreenshotAsync(new() { Path = Shot("licensing-commitment-letter-print.png"), FullPage = true });
        await staffPage.EmulateMediaAsync(new() { Media = Media.Screen });

        var email = $"shunda{id}@example.cn";
        using (var scope = fixture.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "顺达零售部负责人", EnterpriseId = id, CreatedAtUtc = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(user, EnterprisePassword)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Enterprise);
        }
        var enterprisePage = await fixture.NewPageAsync();
        await SignInAsync(enterprisePage, email, EnterprisePassword);
        await enterprisePage.GetByRole(AriaRole.Link, new() { Name = "我的许可" }).ClickAsync();
        await enterprisePage.WaitForPageAsync("**/My/Licensing");
        Assert.Contains("还剩", await enterprisePage.GetByTestId("days-left").InnerTextAsync(), StringComparison.Ordinal);
        await enterprisePage.ScreenshotAsync(new() { Path = Shot("licensing-my-owed.png"), FullPage = true });
        await enterprisePage.Locator("[data-testid=my-item] input[type=file]").SetInputFilesAsync(
            new FilePayload { Name = "培训合格证明.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await enterprisePage.ClickAndWaitForNewPageAsync(enterprisePage.GetByTestId("upload"));
        Assert.EndsWith("/My/Licensing", new Uri(enterprisePage.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("待核验", await enterprisePage.GetByTestId("my-item").InnerTextAsync(), StringComparison.Ordinal);
        await enterprisePage.ScreenshotAsync(new() { Path = Shot("licensing-my-uploaded.png"), FullPage = true });

        await staffPage.GotoAsync(applicationUrl);
        Assert.Equal("培训合格证明.pdf", (await staffPage.GetByTestId("upload-link").InnerTextAsync()).Trim());
        await staffPage.ClickAndWaitForNewPageAsync(staffPage.GetByTestId("mark-received"));
        Assert.Equal(applicationUrl, staffPage.Url);
        Assert.Equal("已履约", (await staffPage.GetByTestId("commitment-status").InnerTextAsync()).Trim());
        await staffPage.ScreenshotAsync(new() { Path = Shot("licensing-commitment-kept.png"), FullPage = true });

        await enterprisePage.ReloadAsync();
        Assert.Contains("已履约", await enterprisePage.GetByTestId("commitment-status").InnerTextAsync(), StringComparison.Ordinal);
        await enterprisePage.ScreenshotAsync(new() { Path = Shot("licensing-my-kept.png"), FullPage = true });

        await staffPage.GotoAsync("/Licensing");
        Assert.True(await staffPage.Locator($"[data-testid=application-row] >> text={Name}").CountAsync() > 0);
        await staffPage.ScreenshotAsync(new() { Path = Shot("licensing-queue.png"), FullPage = true });
        await staffPage.GotoAsync("/Licensing/Statistics");
        Assert.NotEqual("0", (await staffPage.GetByTestId("kept").InnerTextAsync()).Trim());
        await staffPage.ScreenshotAsync(new() { Path = Shot("licensing-statistics.png"), FullPage = true });
    }
}
