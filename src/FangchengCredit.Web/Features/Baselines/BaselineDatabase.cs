using System.Data.Common;
using FangchengCredit.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FangchengCredit.Web.Features.Baselines;

/// <summary>
/// The portal's database as the baselines reach it: the provider and connection string resolved once from the same configuration as
/// <see cref="AppDbContext"/>, and a plain ADO.NET connection from the provider's own pool for every call — no context lease, none
/// of EF's connection set-up — so that nothing of EF counts on the baseline's side of a ratio.
/// </summary>
public sealed class BaselineDatabase
{
    private readonly string _provider;

    public BaselineDatabase(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        (_provider, ConnectionString) = DatabaseServiceCollectionExtensions.Resolve(configuration, environment.ContentRootPath);
    }

    public string ConnectionString { get; }

    /// <summary>An open connection; the caller disposes it (back to the provider's pool).</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = _provider switch
        {
            DatabaseProviders.Sqlite => new SqliteConnection(ConnectionString),
            DatabaseProviders.PostgreSql => new NpgsqlConnection(ConnectionString),
            _ => throw new NotSupportedException($"The baselines are written for SQLite and PostgreSQL, not {_provider}."),
        };
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
