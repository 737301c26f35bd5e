using FangchengCredit.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FangchengCredit.Web.Tests.Foundation;

public sealed class Migrations
{
    private static AppDbContext ContextFor(string provider)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        var assembly = DatabaseProviders.MigrationsAssembly(provider);
        _ = provider switch
        {
            DatabaseProviders.SqlServer => builder.UseSqlServer("Server=localhost;Database=unused;Trusted_Connection=True", o => o.MigrationsAssembly(assembly)),
            DatabaseProviders.PostgreSql => builder.UseNpgsql("Host=localhost;Database=unused", o => o.MigrationsAssembly(assembly)),
            _ => builder.UseSqlite("Data Source=:memory:", o => o.MigrationsAssembly(assembly)),
        };
        return new AppDbContext(builder.Options);
    }

    [Theory]
    [InlineData(DatabaseProviders.Sqlite)]
    [InlineData(DatabaseProviders.SqlServer)]
    [InlineData(DatabaseProviders.PostgreSql)]
    public void NoProviderSetHasPendingModelChanges(string provider)
    {
        using var db = ContextFor(provider);
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: run tools/add-migration.sh <Name> to add the missing migration to all three sets");
    }

    [Fact]
    public void AllThreeSetsHaveTheSameMigrationsByName()
    {
        static IEnumerable<string> Names(string provider)
        {
            using var db = ContextFor(provider);
            return db.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]).ToList();
        }
        var sqlite = Names(DatabaseProviders.Sqlite);
        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite, Names(DatabaseProviders.SqlServer));
        Assert.Equal(sqlite, Names(DatabaseProviders.PostgreSql));
    }

    [Fact]
    public void TheIdempotentSqlServerScriptCreatesTheIdentityAndAuditTables()
    {
        using var db = ContextFor(DatabaseProviders.SqlServer);
        var migrator = db.GetService<IMigrator>();
        var script = migrator.GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains("CREATE TABLE [AspNetUsers]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [AspNetRoles]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [AuditEntries]", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
    }
}
