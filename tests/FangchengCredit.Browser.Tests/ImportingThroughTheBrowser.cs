using System.Text;
using FangchengCredit.Domain.Identifiers;
using Microsoft.Playwright;

namespace FangchengCredit.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ImportingThroughTheBrowser(BrowserFixture fixture)
{
    private const string Header = "统一社会信用代码,企业名称,主体类型,行业,乡镇街道,地址,联系电话,法定代表人,法定代表人身份证号,主要负责人,主要负责人身份证号,实际控制人,实际控制人身份证号,安全风险等级,重大危险源,标准化等级,安责险有效期至";

    private static string Code(string body) => UnifiedSocialCreditCode.Create('9', '1', "411322", body).Value;

    private static string Id(string first17) => first17 + ResidentIdNumber.ComputeCheckCharacter(first17);

    private static string Row(string code, string name, string legalId, string principalId, string risk = "一般", string township = "博望镇") =>
        $"{code},{name},企业,危险化学品,{township},方城县{township}工业园1号,0377-67123456,王建国,{legalId},刘振华,{principalId},,,{risk},否,三级,2027-03-31";

    private static async Task<IPage> SignedInAsync(BrowserFixture fixture, string email, List<string> violations)
    {
        var page = await fixture.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(message.Text);
        };
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("账号（电子邮箱）").FillAsync(email);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync("Demo@12345");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        return page;
    }

    private static async Task UploadAsync(IPage page, string fileName, string csv)
    {
        await page.GotoAsync("/Enterprises/Import");
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = "开始导入" }).ClickAsync();
        await page.WaitForPageAsync(url => url.Contains("/Enterprises/Import/Result/", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task StaffSeeEveryBadRowThenImportTheCorrectedFile()
    {
        var violations = new List<string>();
        var page = await SignedInAsync(fixture, "staff@fangcheng.local", violations);
        await page.GotoAsync("/Enterprises/Import");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "import-form.png"), FullPage = true });

        var (a, b, c) = (Code("MA7BW01C"), Code("MA7BW02C"), Code("MA7BW03C"));
        var (p1, p2) = (Id("41132219750412201"), Id("41132219820923304"));
        var broken = string.Join("\r\n",
            Header,
            Row(a, "方城县宏达化工有限公司", p1, p2),
            Row(b[..^1] + (b[^1] == '0' ? '1' : '0'), "方城县博望烟花爆竹批发有限公司", p1, p2[..^1] + (p2[^1] == '0' ? '1' : '0')),
            Row(c, "方城县安泰建材有限公司", p1, p2, risk: "很高", township: "火星镇")) + "\r\n";

        await UploadAsync(page, "2026年企业台账.csv", broken);

        Assert.Equal("导入未完成", (await page.Locator("h1").First.InnerTextAsync()).Trim());
        var rows = await page.Locator("[data-testid=import-errors] tbody tr").AllInnerTextsAsync();
        Assert.Equal(4, rows.Count);
        Assert.All(rows.Take(2), r => Assert.StartsWith("3", r, StringComparison.Ordinal));
        Assert.All(rows.Skip(2), r => Assert.StartsWith("4", r, StringComparison.Ordinal));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "import-errors.png"), FullPage = true });
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "下载错误报告（.xlsx）" }).ClickAsync());
        Assert.Equal("企业导入错误报告.xlsx", download.SuggestedFilename);

        var corrected = string.Join("\r\n", Header, Row(a, "方城县宏达化工有限公司", p1, p2), Row(b, "方城县博望烟花爆竹批发有限公司", p1, p2), Row(c, "方城县安泰建材有限公司", p1, p2, risk: "较大")) + "\r\n";
        await UploadAsync(page, "2026年企业台账.csv", corrected);

        Assert.Equal("导入完成", (await page.Locator("h1").First.InnerTextAsync()).Trim());
        Assert.Contains("新增 3 家企业，更新 0 家企业", await page.GetByTestId("import-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "import-success.png"), FullPage = true });
        Assert.Empty(violations);
    }

    [SkippableFact]
    public async Task TheAdministratorManagesReferenceData()
    {
        var violations = new List<string>();
        var page = await SignedInAsync(fixture, "admin@fangcheng.local", violations);
        await page.GetByRole(AriaRole.Button, new() { Name = "系统管理", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "基础数据" }).ClickAsync();
        await page.WaitForPageAsync(url => url.Contains("/Admin/Reference", StringComparison.Ordinal));
        Assert.Equal("基础数据", (await page.Locator("h1").First.InnerTextAsync()).Trim());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "admin-reference.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "新增行业" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        Assert.Contains("请输入行业名称。", await page.Locator(".field-validation-error").First.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "admin-reference-add-error.png"), FullPage = true });
        Assert.Empty(violations);
    }
}
