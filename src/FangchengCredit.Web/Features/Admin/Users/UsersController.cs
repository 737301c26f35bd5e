using FangchengCredit.Data;
using FangchengCredit.Data.Identity;
using FangchengCredit.Web.Infrastructure;
using FangchengCredit.Web.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.Admin.Users;

/// <summary>用户管理: accounts of the bureau (staff, chiefs, administrators), their roles and locks.</summary>
[Authorize(Policy = Policies.Administrator)]
[Route("Admin/Users")]
public sealed class UsersController(
    UserManager<AppUser> users, AppDbContext db, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    private const int PageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int? page)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            query = query.Where(u => u.Email!.Contains(term) || u.DisplayName.Contains(term));
        }
        var current = PagedList<UserRow>.NormalisePage(page);
        var total = await query.CountAsync();
        var pageUsers = await query.OrderBy(u => u.Email).Skip((current - 1) * PageSize).Take(PageSize).ToListAsync();
        var ids = pageUsers.Select(u => u.Id).ToList();
        var roleRows = await (from ur in db.UserRoles
                              join r in db.Roles on ur.RoleId equals r.Id
                              where ids.Contains(ur.UserId)
                              select new { ur.UserId, r.Name }).ToListAsync();
        var now = time.GetUtcNow();
        var rows = pageUsers.Select(u => new UserRow(
            u.Id, u.Email ?? u.UserName ?? string.Empty, u.DisplayName,
            roleRows.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList(),
            u.LockoutEnd is { } end && end > now, u.LockoutEnd, u.EnterpriseId)).ToList();
        ViewData["q"] = q;
        return View(new PagedList<UserRow>(rows, current, PageSize, total));
    }

    [HttpGet("Create")]
    public IActionResult Create() => View(new CreateUserInput { Role = Roles.Staff });

    [HttpPost("Create")]
    public async Task<IActionResult> Create(CreateUserInput input, [FromServices] IValidator<CreateUserInput> validator)
    {
        var validation = await validator.ValidateAsync(input);
        if (!validation.IsValid)
        {
            validation.AddTo(ModelState);
            return View(input);
        }
        var email = input.Email!.Trim();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = input.DisplayName!.Trim(),
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, input.Password!);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                var key = e.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(input.Password)
                    : e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? nameof(input.Email)
                    : string.Empty;
                ModelState.AddModelError(key, e.Description);
            }
            return View(input);
        }
        await users.AddToRoleAsync(user, input.Role!);
        TempData["Success"] = l["已创建账号 {0}。", email].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/Edit")]
    public async Task<IActionResult> Edit(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        return View(new EditUserInput
        {
            Id = user.Id,
            Email = user.Email,
            DisplayName = user.DisplayName,
            Roles = [.. await users.GetRolesAsync(user)],
        });
    }

    [HttpPost("{id}/Edit")]
    public async Task<IActionResult> Edit(string id, EditUserInput input, [FromServices] IValidator<EditUserInput> validator)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        input.Id = id;
        input.Email = user.Email;
        var validation = await validator.ValidateAsync(input);
        if (!validation.IsValid)
        {
            validation.AddTo(ModelState);
            return View(input);
        }
        var current = await users.GetRolesAsync(user);
        if (IsSelf(user) && current.Contains(Roles.Administrator) && !input.Roles.Contains(Roles.Administrator))
        {
            ModelState.AddModelError(nameof(input.Roles), l["不能取消自己的管理员角色。"]);
            return View(input);
        }
        if (input.Roles.Contains(Roles.Enterprise) != current.Contains(Roles.Enterprise))
        {
            ModelState.AddModelError(nameof(input.Roles), l["企业用户角色只能在企业页面开通账号时授予，不能在此更改。"]);
            return View(input);
        }
        user.DisplayName = input.DisplayName!.Trim();
        await users.UpdateAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(input.Roles));
        await users.AddToRolesAsync(user, input.Roles.Except(current).Distinct());
        await users.UpdateSecurityStampAsync(user);
        TempData["Success"] = l["已更新账号 {0}。", user.Email ?? string.Empty].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/Lock")]
    public async Task<IActionResult> Lock(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        if (IsSelf(user))
        {
            TempData["Error"] = l["不能锁定自己的账号。"].Value;
            return RedirectToAction(nameof(Index));
        }
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        // A new security stamp signs the account out of every browser when its stamp is next checked, within a minute (decision 0006).
        await users.UpdateSecurityStampAsync(user);
        TempData["Success"] = l["已锁定账号 {0}。", user.Email ?? string.Empty].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/Unlock")]
    public async Task<IActionResult> Unlock(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        TempData["Success"] = l["已解锁账号 {0}。", user.Email ?? string.Empty].Value;
        return RedirectToAction(nameof(Index));
    }

    private bool IsSelf(AppUser user) => user.Id == users.GetUserId(User);
}
