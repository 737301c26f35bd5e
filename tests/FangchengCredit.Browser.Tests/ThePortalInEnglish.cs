using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FangchengCredit.Browser.Tests;

/// <summary>The language switcher carries through every bureau page: headings in English, a screenshot of each to look at.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ThePortalInEnglish(BrowserFixture fixture)
{
    [GeneratedRegex(@"[\u4e00-\u9fff]")]
    private static partial Regex Chinese();

    [SkippableTheory]
    [InlineData("/", "home")]
    [InlineData("/Enterprises", "enterprises")]
    [InlineData("/Enterprises/Import", "enterprise-import")]
    [InlineData("/Records", "records")]
    [InlineData("/Records/Import", "record-import")]
    [InlineData("/Licensing", "licensing")]
    [InlineData("/Licensing/Statistics", "licensing-statistics")]
    [InlineData("/Admin/Users", "admin-users")]
    [InlineData("/Admin/Audit", "admin-audit")]
    [InlineData("/Admin/Reference", "admin-reference")]
    [InlineData("/Admin/Calendar", "admin-calendar")]
    public async Task AnAdministratorReadsEachPageHeadingInEnglish(string url, string name)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("账号（电子邮箱）").FillAsync("admin@fangcheng.local");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync("Demo@12345");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(u => !u.Contains("/Account/Login", StringComparison.Ordinal));
        await page.ClickAndWaitForNewPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "English" }));

        await page.GotoAsync(url);
        // The administrator's own display name is data, not interface text.
        var heading = (await page.Locator("main h1").First.InnerTextAsync()).Replace("系统管理员", "", StringComparison.Ordinal).Trim();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"en-{name}.png"), FullPage = true });
        Assert.False(Chinese().IsMatch(heading), $"{url}: {heading}");
        Assert.Equal("Sign out", (await page.GetByRole(AriaRole.Button, new() { Name = "Sign out", IncludeHidden = true }).InnerTextAsync()).Trim());
    }
}
