using FangchengCredit.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace FangchengCredit.Web.Infrastructure;

/// <summary>
/// <c>dotnet FangchengCredit.Web.dll create-admin --email a@b --password … [--name 姓名]</c>:
/// the first administrator of a production installation, where no demo account exists.
/// </summary>
internal static class CreateAdminCommand
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "create-admin";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        string? Arg(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        var email = Arg("--email");
        var password = Arg("--password") ?? Environment.GetEnvironmentVariable("FANGCHENG_ADMIN_PASSWORD");
        var name = Arg("--name") ?? "系统管理员";
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            await Console.Error.WriteLineAsync("用法: create-admin --email <邮箱> --password <密码> [--name <姓名>]（也可用环境变量 FANGCHENG_ADMIN_PASSWORD 传入密码）");
            return 2;
        }

        await app.InitialiseDatabaseAsync();
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            await Console.Error.WriteLineAsync($"账号 {email} 已存在。");
            return 1;
        }
        var user = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = name,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) await Console.Error.WriteLineAsync(e.Description);
            return 1;
        }
        await users.AddToRoleAsync(user, Roles.Administrator);
        Console.WriteLine($"已创建管理员账号 {email}。");
        return 0;
    }
}
