using Microsoft.Playwright;

namespace FangchengCredit.Browser.Tests;

/// <summary>
/// Waiting for the next page without relying on the browser's load event. Playwright's WaitForURLAsync, when the navigation has
/// already committed by the time it is called, waits for "load" instead, and on a loaded machine that event is occasionally never
/// seen (CI runs: a 60 s timeout right after a sign-in POST and its redirect). So the URL is polled (page.Url follows every
/// committed navigation) and the layout's footer in the DOM says the new page is there and fully parsed.
/// </summary>
public static class PageWaits
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task WaitForPageAsync(this IPage page, Func<string, bool> url)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(url);
        var deadline = DateTime.UtcNow + Timeout;
        while (!url(page.Url))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Still on {page.Url} after {Timeout.TotalSeconds} s.");
            await Task.Delay(25);
        }
        await page.Locator("footer").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    /// <summary>
    /// Clicks something that leads to a new document whose URL may be the same as this one's (a POST that redirects back, the
    /// language switcher), and waits for that new document: the current one is marked first, so a URL check cannot pass early.
    /// </summary>
    public static async Task ClickAndWaitForNewPageAsync(this IPage page, ILocator target)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(target);
        await page.EvaluateAsync("() => { document.documentElement.dataset.previousPage = 'true'; }");
        await target.ClickAsync();
        await page.Locator("html:not([data-previous-page]) footer").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    /// <summary>Waits for a page whose path ends with the glob's tail: only the "**/path" form is used.</summary>
    public static Task WaitForPageAsync(this IPage page, string urlGlob)
    {
        ArgumentNullException.ThrowIfNull(urlGlob);
        if (!urlGlob.StartsWith("**/", StringComparison.Ordinal)) throw new ArgumentException("Only \"**/path\" is supported.", nameof(urlGlob));
        var tail = urlGlob[2..];
        return page.WaitForPageAsync(u => new Uri(u).AbsolutePath.EndsWith(tail, StringComparison.Ordinal));
    }
}
