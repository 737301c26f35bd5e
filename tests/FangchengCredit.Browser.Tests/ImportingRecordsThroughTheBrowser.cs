using System.Globalization;
using System.Text;
using FangchengCredit.Domain.Identifiers;
using Microsoft.Playwright;

namespace FangchengCredit.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ImportingRecordsThroughTheBrowser(BrowserFixture fixture)
{
    private const string EnterpriseHeader = "统一社会信用代码,企业名称,主体类型,行业,乡镇街道,地址,联系电话,法定代表人,法定代表人身份证号,主要负责人,主要负责人身份证号,实际控制人,实际控制人身份证号,安全风险等级,重大危险源,标准化等级,安责险有效期至";

    private const string PenaltyHeader = "行政相对人名称,统一社会信用代码,法定代表人,处罚决定书文号,违法行为类型,违法事实,处罚依据,处罚类别,处罚内容,罚款金额（万元）,没收违法所得（万元）,暂扣或吊销证照名称及编号,处罚决定日期,处罚机关,程序类别";

    private static string Id(string first17) => first17 + ResidentIdNumber.ComputeCheckCharacter(first17);

    private static async Task UploadAsync(IPage page, string url, string fileName, string csv, string? kind = null)
    {
        await page.GotoAsync(url);
        if (kind is not null) await page.GetByLabel(kind).CheckAsync();
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = "开始导入" }).ClickAsync();
        await page.WaitForPageAsync(u => u.Contains("/Result/", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task StaffImportPenaltiesAndSeeWhoseGradeChanged()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("账号（电子邮箱）").FillAsync("staff@fangcheng.local");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync("Demo@12345");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));

        var (a, b) = (UnifiedSocialCreditCode.Create('9', '1', "411322", "MA7RC01P").Value, UnifiedSocialCreditCode.Create('9', '1', "411322", "MA7RC02P").Value);
        await UploadAsync(page, "/Enterprises/Import", "台账.csv", string.Join("\r\n",
            EnterpriseHeader,
            $"{a},方城县瑞昌化工有限公司,企业,危险化学品,博望镇,方城县博望镇工业园2号,0377-67123456,王建国,{Id("41132219750412201")},刘振华,{Id("41132219820923304")},,,一般,否,无,",
            $"{b},方城县瑞昌建材有限公司,企业,建材,赵河镇,方城县赵河镇建材路8号,0377-67123457,孙立新,{Id("41132219700101405")},孙立新,{Id("41132219700101405")},,,低,否,无,") + "\r\n");

        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-5).ToString("yyyy/MM/dd", CultureInfo.InvariantCulture);
        string Penalty(string name, string code, string number, string category = "罚款", string fine = "2", string licence = "", string date = "", string procedure = "一般程序") =>
            $"{name},{code},王建国,方应急罚〔2026〕{number}号,未按规定开展安全培训,未对新员工开展岗前安全培训。,《中华人民共和国安全生产法》第九十七条,{category},处罚款人民币贰万元整,{fine},,{licence},{(date.Length > 0 ? date : day)},方城县应急管理局,{procedure}";

        await UploadAsync(page, "/Records/Import", "处罚.csv", string.Join("\r\n",
            PenaltyHeader,
            Penalty("方城县瑞昌化工有限公司", a, "RC1"),
            Penalty("方城县瑞昌化工厂", a, "RC2"),
            Penalty("方城县瑞昌建材有限公司", b, "RC3", category: "吊销安全生产许可证", fine: "0"),
            Penalty("方城县瑞昌建材有限公司", b, "RC4", fine: "-1", date: "2099-01-01", procedure: "普通")) + "\r\n", kind: "行政处罚");
        Assert.Equal("导入未完成", (await page.Locator("h1").First.InnerTextAsync()).Trim());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "record-import-errors.png"), FullPage = true });

        await UploadAsync(page, "/Records/Import", "处罚.csv", string.Join("\r\n",
            PenaltyHeader,
            Penalty("方城县瑞昌化工有限公司", a, "RC1"),
            Penalty("方城县瑞昌化工有限公司", a, "RC2", procedure: "简易程序", category: "警告", fine: "0"),
            Penalty("方城县瑞昌建材有限公司", b, "RC3", category: "吊销安全生产许可证", fine: "0", licence: "（豫）FM安许证字〔2024〕0001")) + "\r\n", kind: "行政处罚");
        Assert.Equal("导入完成", (await page.Locator("h1").First.InnerTextAsync()).Trim());
        Assert.Contains("新增 3 条行政处罚记录", await page.GetByTestId("import-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "record-import-result.png"), FullPage = true });

        await page.GotoAsync("/Records/Import");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "record-import-form.png"), FullPage = true });
    }
}
