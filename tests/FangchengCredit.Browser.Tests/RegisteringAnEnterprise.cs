using FangchengCredit.Domain.Identifiers;
using Microsoft.Playwright;

namespace FangchengCredit.Browser.Tests;

/// <summary>
/// Staff register an enterprise through the real form (after being told what is wrong with it), find it in the list and open it;
/// an enterprise user signs in and sees only its own enterprise.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RegisteringAnEnterprise(BrowserFixture fixture)
{
    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotDirectory, name);

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("账号（电子邮箱）").FillAsync(email);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync("Demo@12345");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task StaffRegisterAnEnterpriseAndFindItInTheList()
    {
        var page = await fixture.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(message.Text);
        };
        await SignInAsync(page, "staff@fangcheng.local");

        await page.GetByRole(AriaRole.Link, new() { Name = "企业管理", Exact = true }).First.ClickAsync();
        await page.WaitForPageAsync("**/Enterprises");
        Assert.True(await page.Locator("[data-testid=enterprises] tbody tr").CountAsync() >= 20, "the demo registry fills the first page");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("enterprises-list.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "新增企业" }).First.ClickAsync();
        var code = UnifiedSocialCreditCode.Create('9', '1', "411322", "MB7K2P9Q").Value;
        var wrong = code[..^1] + (code[^1] == '0' ? '1' : '0');
        var legalId = "41132219850615023";
        legalId += ResidentIdNumber.ComputeCheckCharacter(legalId);
        var controllerId = "41132219620722159";
        controllerId += ResidentIdNumber.ComputeCheckCharacter(controllerId);

        // First attempt: a code with a wrong check character, no legal representative.
        await page.GetByLabel("统一社会信用代码").FillAsync(wrong);
        await page.GetByLabel("企业名称").FillAsync("方城县浏览器测试化工有限公司");
        await page.GetByLabel("行业").SelectOptionAsync(new SelectOptionValue { Label = "危险化学品" });
        await page.GetByLabel("乡镇街道").SelectOptionAsync(new SelectOptionValue { Label = "博望镇" });
        await page.ClickAndWaitForNewPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }));
        Assert.Equal($"第18位校验码应为 {code[^1]}", (await page.Locator("[data-valmsg-for=Code]").InnerTextAsync()).Trim());
        Assert.Equal("请输入姓名。", (await page.Locator("[data-valmsg-for='LegalRepresentative.Name']").InnerTextAsync()).Trim());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("enterprise-create-errors.png"), FullPage = true });

        // Second attempt: corrected, with the principal the same as the legal representative and one actual controller added by script.
        await page.GetByLabel("统一社会信用代码").FillAsync(code);
        await page.GetByLabel("安全风险等级").SelectOptionAsync(new SelectOptionValue { Label = "较大" });
        await page.Locator("#LegalRepresentative_Name").FillAsync("高浏览");
        await page.Locator("#LegalRepresentative_IdNumber").FillAsync(legalId);
        await page.GetByLabel("主要负责人同法定代表人").CheckAsync();
        Assert.False(await page.Locator("#Principal_Name").IsVisibleAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "添加实际控制人" }).ClickAsync();
        Assert.Equal(2, await page.Locator("[data-controllers] [data-person-row]").CountAsync());
        await page.Locator("#ActualControllers_1__Name").FillAsync("马控制");
        await page.Locator("#ActualControllers_1__IdNumber").FillAsync(controllerId);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();

        await page.WaitForPageAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, @"/Enterprises/\d+$"));
        Assert.Contains("方城县浏览器测试化工有限公司", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        var people = await page.Locator("[data-testid=people]").InnerTextAsync();
        Assert.Contains("高浏览", people, StringComparison.Ordinal);
        Assert.Contains("马控制", people, StringComparison.Ordinal);
        Assert.DoesNotContain(legalId, people, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("enterprise-detail.png"), FullPage = true });
        var detailUrl = page.Url;

        // A deliberate reveal shows the full number once, with a warning.
        await page.GetByText("查看完整身份证号").First.ClickAsync();
        await page.Locator("[data-testid=people] input[name=reason]").First.FillAsync("执法检查核对身份");
        await page.ClickAndWaitForNewPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "确认查看" }).First);
        Assert.Equal(legalId, (await page.GetByTestId("revealed-id").InnerTextAsync()).Trim());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("enterprise-reveal.png"), FullPage = true });

        // The edit form keeps registered people by id and never carries their full numbers.
        await page.GotoAsync(detailUrl + "/Edit");
        Assert.DoesNotContain(legalId, await page.ContentAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("enterprise-edit.png"), FullPage = true });

        await page.GotoAsync("/Enterprises");
        await page.GetByLabel("搜索").FillAsync("浏览器测试");
        await page.ClickAndWaitForNewPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "查询" }));
        var rows = page.Locator("[data-testid=enterprises] tbody tr");
        Assert.Equal(1, await rows.CountAsync());
        Assert.Contains(code, await rows.First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(violations);
    }

    [SkippableFact]
    public async Task AnEnterpriseUserSeesOnlyItsOwnPage()
    {
        var page = await fixture.NewPageAsync();
        await SignInAsync(page, "enterprise@fangcheng.local");

        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "企业管理", Exact = true }).CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "本企业", Exact = true }).First.ClickAsync();
        await page.WaitForPageAsync("**/My/Enterprise");
        Assert.Contains("方城县裕丰化工有限公司", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("my-enterprise.png"), FullPage = true });

        var response = await page.GotoAsync("/Enterprises");
        Assert.Equal(404, response!.Status);
        response = await page.GotoAsync("/Enterprises/1");
        Assert.Equal(404, response!.Status);
    }
}
