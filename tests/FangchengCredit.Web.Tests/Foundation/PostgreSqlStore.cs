using System.Net;
using FangchengCredit.Data;
using FangchengCredit.Data.Auditing;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FangchengCredit.Web.Tests.Foundation;

/// <summary>The portal on a real PostgreSQL server (tests/run.sh starts one and sets FC_TEST_POSTGRES).</summary>
public sealed class PostgreSqlStore
{
    [SkippableFact]
    public async Task MigrationsApplyAndTheDemoStaffCanSignIn()
    {
        var server = Requirements.PostgresConnectionOrSkip();
        await using var database = await PostgresDatabase.CreateAsync(server);
        using var factory = new PortalFactory { PostgresConnectionString = database.ConnectionString };

        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var home = await staff.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
        var chain = await AuditChainVerifier.VerifyAsync(db);
        Assert.True(chain.IsIntact, chain.Reason);
        Assert.True(chain.EntriesChecked > 0);
    }
}

/// <summary>A database of its own on the test server, dropped afterwards.</summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name;

    private PostgresDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }

    public string ConnectionString { get; }

    public static async Task<PostgresDatabase> CreateAsync(string server)
    {
        var name = "fc_test_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new PostgresDatabase(server, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
