using FangchengCredit.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace FangchengCredit.Web.Infrastructure;

/// <summary>
/// Demo accounts for the Development environment only (the README lists them). Their shared password is a
/// published demo value, never a secret, and no other environment ever creates them.
/// </summary>
internal static class DemoSeed
{
    public const string DemoPassword = "Demo@12345";

    public static readonly IReadOnlyList<(string Email, string Name, string Role)> Accounts =
    [
        ("admin@fangcheng.local", "系统管理员", Roles.Administrator),
        ("chief@fangcheng.local", "王股长", Roles.SectionChief),
        ("chief2@fangcheng.local", "赵股长", Roles.SectionChief),
        ("staff@fangcheng.local", "李明", Roles.Staff),
        ("staff2@fangcheng.local", "张华", Roles.Staff),
    ];

    public static async Task SeedAsync(IServiceProvider services, ILogger logger)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var time = services.GetRequiredService<TimeProvider>();
        foreach (var (email, name, role) in Accounts)
        {
            if (await users.FindByEmailAsync(email) is not null) continue;
            var user = new AppUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = name,
                CreatedAtUtc = time.GetUtcNow().UtcDateTime,
            };
            var created = await users.CreateAsync(user, DemoPassword);
            if (!created.Succeeded)
                throw new InvalidOperationException("Demo account could not be created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
            logger.LogInformation("Seeded demo account {Email} ({Role})", email, role);
        }

        await DemoEnterprises.SeedAsync(services, logger);
        await DemoCreditSeed.SeedAsync(services);
        await DemoLicensingSeed.SeedAsync(services, logger);
    }
}
