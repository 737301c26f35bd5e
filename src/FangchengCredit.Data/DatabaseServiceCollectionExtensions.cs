using FangchengCredit.Data.Auditing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FangchengCredit.Data;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers AppDbContext on the provider named by Database:Provider with ConnectionStrings:Default,
    /// each provider with its own migrations assembly, contexts pooled. The options are built once (singleton): building them per request bound
    /// the configuration, touched the data folder and looked up EF's internal services on every page (docs/benchmarks.md).
    /// </summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddPooledDbContextFactory<AppDbContext>((sp, options) =>
        {
            var (provider, connectionString) = Resolve(configuration, contentRoot);
            var migrations = DatabaseProviders.MigrationsAssembly(provider);
            switch (provider)
            {
                case DatabaseProviders.SqlServer:
                    options.UseSqlServer(connectionString, o => o.MigrationsAssembly(migrations));
                    break;
                case DatabaseProviders.PostgreSql:
                    options.UseNpgsql(connectionString, o => o.MigrationsAssembly(migrations));
                    break;
                default:
                    options.UseSqlite(connectionString, o => o.MigrationsAssembly(migrations));
                    break;
            }
        });
        // One context per scope (request, job batch), leased from the pool and handed back when the scope ends: a new context per
        // request built EF's scoped internal services every time (docs/benchmarks.md). The lease says who acts and which clock stamps.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext()
            .ActingFor(sp.GetService<IAuditActor>() ?? SystemAuditActor.Instance, sp.GetService<TimeProvider>() ?? TimeProvider.System));
        return services;
    }

    /// <summary>The provider and connection string in force; for SQLite without a connection string, a file in the data folder.</summary>
    public static (string Provider, string ConnectionString) Resolve(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var provider = DatabaseProviders.Normalise(options.Provider);
        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProviders.Sqlite)
                throw new InvalidOperationException($"ConnectionStrings:Default is required for Database:Provider {provider}.");
            var directory = Path.IsPathRooted(options.DataDirectory)
                ? options.DataDirectory
                : Path.Combine(contentRoot, options.DataDirectory);
            Directory.CreateDirectory(directory);
            connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "fangcheng-credit.db") }.ToString();
        }
        return (provider, connectionString);
    }
}
