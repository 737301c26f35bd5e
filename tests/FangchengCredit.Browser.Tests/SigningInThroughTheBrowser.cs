using Microsoft.Playwright;

namespace FangchengCredit.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SigningInThroughTheBrowser(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task StaffSignInThroughTheRealFormAndSeeTheHomePage()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        Assert.Contains("/Account/Login", page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "login.png"), FullPage = true });

        await page.GetByLabel("账号（电子邮箱）").FillAsync("staff@fangcheng.local");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync("Demo@12345");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();

        await page.WaitForPageAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        var heading = await page.Locator("h1").First.InnerTextAsync();
        Assert.Equal("欢迎，李明", heading.Trim());
        Assert.Equal("业务股室工作人员", (await page.GetByTestId("roles").InnerTextAsync()).Trim());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "home-staff.png"), FullPage = true });
    }

    [SkippableFact]
    public async Task TheLanguageSwitcherTurnsTheSignInPageEnglish()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.ClickAndWaitForNewPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "English" }));
        Assert.Equal("Sign in", (await page.Locator("h1").First.InnerTextAsync()).Trim());
        await page.ClickAndWaitForNewPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "中文" }));
        Assert.Equal("登录", (await page.Locator("h1").First.InnerTextAsync()).Trim());
    }

    [SkippableFact]
    public async Task ThePagesRaiseNoContentSecurityPolicyViolations()
    {
        var page = await fixture.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(message.Text);
        };
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("账号（电子邮箱）").FillAsync("admin@fangcheng.local");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync("Demo@12345");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        await page.GotoAsync("/Admin/Users");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "admin-users.png"), FullPage = true });
        await page.GotoAsync("/Admin/Audit");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "admin-audit.png"), FullPage = true });
        Assert.Empty(violations);
    }
}
