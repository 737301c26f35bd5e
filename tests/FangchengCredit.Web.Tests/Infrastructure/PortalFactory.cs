using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace FangchengCredit.Web.Tests.Infrastructure;

/// <summary>
/// The real portal on a throw-away SQLite file with the real migrations, in the Development environment
/// (so the demo accounts of the README exist). One database per factory; or, with <see cref="PostgresConnectionString"/>, on a PostgreSQL
/// database of the test server (<see cref="Foundation.PostgresDatabase"/>).
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"fc-test-{Guid.NewGuid():N}.db");

    /// <summary>When set, the portal runs on this PostgreSQL database instead of a SQLite file (an init property: xunit's class
    /// fixtures allow one public constructor).</summary>
    public string? PostgresConnectionString { get; init; }

    protected virtual string EnvironmentName => "Development";

    public string ConnectionString => PostgresConnectionString ?? $"Data Source={_databasePath};Pooling=False";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Database:Provider", PostgresConnectionString is null ? "Sqlite" : "PostgreSql");
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("Serilog:FilePath", string.Empty);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try { File.Delete(_databasePath + suffix); } catch (IOException) { }
        }
    }
}

/// <summary>The portal as installed in production: no demo accounts, HSTS on.</summary>
public sealed class ProductionPortalFactory : PortalFactory
{
    protected override string EnvironmentName => "Production";
}
