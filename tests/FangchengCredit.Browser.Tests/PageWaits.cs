using Microsoft.Playwright;

namespace FangchengCredit.Browser.Tests;

/// <summary>
/// Waiting for the next page without relying on the browser's load event: after a form POST and its redirect, Playwright
/// occasionally never sees "load" on a loaded machine (seen in CI runs). The URL commit plus the layout's footer in the DOM
/// says the same thing — the new page is there and fully parsed — without that race.
/// </summary>
public static class PageWaits
{
    public static async Task WaitForPageAsync(this IPage page, Func<string, bool> url)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("footer").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    public static async Task WaitForPageAsync(this IPage page, string urlGlob)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.WaitForURLAsync(urlGlob, new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("footer").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }
}
