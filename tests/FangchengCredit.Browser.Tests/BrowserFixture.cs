using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FangchengCredit.Browser.Tests;

/// <summary>
/// The real portal on Kestrel (127.0.0.1, a free port, its own SQLite file, Development demo accounts)
/// and Debian's Chromium driven by Playwright. Without Chromium the tests skip, unless REQUIRE_BROWSER=1.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"fc-browser-{Guid.NewGuid():N}.db");
    private KestrelPortal? _portal;
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public string BaseUrl { get; private set; } = string.Empty;

    public string? SkipReason { get; private set; }

    public IServiceProvider Services => _portal!.Services;

    public static string ScreenshotDirectory
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("FC_TEST_RESULTS");
            var dir = Path.Combine(string.IsNullOrEmpty(root) ? Path.Combine(AppContext.BaseDirectory, "TestResults") : root, "screenshots");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"Chromium not found at {ChromiumPath} (tests/run.sh installs Debian's chromium).";
            if (Environment.GetEnvironmentVariable("REQUIRE_BROWSER") == "1")
                throw new InvalidOperationException(SkipReason + " REQUIRE_BROWSER=1 forbids skipping.");
            return;
        }
        _portal = new KestrelPortal($"Data Source={_databasePath};Pooling=False");
        _portal.UseKestrel(0);
        _portal.StartServer();
        var addresses = _portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1280, Height = 860 },
        });
        // Generous: CI machines have two cores and the first request of a run compiles and warms up a lot.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_portal is not null) await _portal.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try { File.Delete(_databasePath + suffix); } catch (IOException) { }
        }
    }

    private sealed class KestrelPortal(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Default", connectionString);
            builder.UseSetting("Serilog:FilePath", string.Empty);
            builder.UseUrls("http://127.0.0.1:0");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
