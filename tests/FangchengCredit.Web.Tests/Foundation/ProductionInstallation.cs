using Microsoft.AspNetCore.Hosting;
using System.Diagnostics;
using System.Net;
using FangchengCredit.Web.Tests.Infrastructure;

namespace FangchengCredit.Web.Tests.Foundation;

public sealed class ProductionInstallation(ProductionPortalFactory factory) : IClassFixture<ProductionPortalFactory>
{
    [Fact]
    public async Task HasNoDemoAccounts()
    {
        var client = factory.CreateBrowserLikeClient();
        foreach (var email in new[] { PortalClient.Admin, PortalClient.Staff, PortalClient.Chief })
        {
            var response = await client.SignInAsync(email, PortalClient.DemoPassword);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("账号或密码不正确", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    // HSTS is never sent to localhost, so the request names the bureau's host.
    public async Task SendsHstsOverHttps()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://credit.fangcheng.gov.cn"), AllowAutoRedirect = false,
        });
        var response = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task TheCreateAdminCommandMakesTheFirstAdministrator()
    {
        // Run the published entry point as an operator would, against a fresh database file.
        var dbPath = Path.Combine(Path.GetTempPath(), $"fc-admin-{Guid.NewGuid():N}.db");
        var webDll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { webDll, "create-admin", "--email", "root@bureau.gov.cn", "--password", "FirstAdmin2026", "--name", "首任管理员" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Default"] = $"Data Source={dbPath};Pooling=False";
        start.Environment["Serilog__FilePath"] = "";
        try
        {
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, output + error);
            Assert.Contains("root@bureau.gov.cn", output, StringComparison.Ordinal);

            using var portal = new FixedDatabaseFactory($"Data Source={dbPath};Pooling=False");
            var admin = await portal.SignedInAsync("root@bureau.gov.cn", "FirstAdmin2026");
            var users = await admin.GetAsync(new Uri("/Admin/Users", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(dbPath + suffix);
        }
    }

    private sealed class FixedDatabaseFactory(string connectionString) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Default", connectionString);
            builder.UseSetting("Serilog:FilePath", string.Empty);
        }
    }
}
