using FangchengCredit.Data;
using FangchengCredit.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Infrastructure;

internal static class DatabaseInitialiser
{
    /// <summary>
    /// Applies migrations (unless Database:MigrateOnStartup is false), makes sure the roles exist and,
    /// in Development only, seeds the demo accounts and demo data.
    /// </summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("DatabaseInitialiser");
        var db = services.GetRequiredService<AppDbContext>();
        var options = app.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();

        if (options.MigrateOnStartup)
        {
            if (db.Database.IsSqlite())
            {
                // WAL lets readers go on while a writer saves; the setting is stored in the file, so once is enough.
                await db.Database.OpenConnectionAsync();
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
                await db.Database.CloseConnectionAsync();
            }
            await db.Database.MigrateAsync();
            logger.LogInformation("Database migrated ({Provider})", db.Database.ProviderName);
        }

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        }

        await ReferenceSeed.SeedAsync(db);
        await Features.Licensing.LicensingSeed.SeedAsync(db);

        if (app.Environment.IsDevelopment())
            await DemoSeed.SeedAsync(services, logger);
    }
}
