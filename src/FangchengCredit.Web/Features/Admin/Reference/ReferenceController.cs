using FangchengCredit.Data;
using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Reference;
using FangchengCredit.Web.Infrastructure;
using FangchengCredit.Web.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.Admin.Reference;

/// <summary>
/// 基础数据: the industries (行业) and township units (乡镇街道) enterprises are filed under. Items are never deleted, only deactivated:
/// a deactivated item stays on the enterprises that have it but is no longer offered for new ones.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
[Route("Admin/Reference")]
public sealed class ReferenceController(AppDbContext db, IStringLocalizer<SharedResource> l) : Controller
{
    private const int SortStep = 10;

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var industryUse = await db.Enterprises.AsNoTracking().GroupBy(e => e.IndustryId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count);
        var townshipUse = await db.Enterprises.AsNoTracking().GroupBy(e => e.TownshipCode).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count);
        var industries = (await db.Industries.AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Id).ToListAsync())
            .Select(i => new IndustryRow(i.Id, i.Name, i.SortOrder, i.IsActive, industryUse.GetValueOrDefault(i.Id))).ToList();
        var townships = (await db.Townships.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Code).ToListAsync())
            .Select(t => new TownshipRow(t.Code, t.Name, t.SortOrder, t.IsActive, townshipUse.GetValueOrDefault(t.Code))).ToList();
        return View(new ReferenceIndexPage(industries, townships));
    }

    // ---- 行业 ----

    [HttpGet("Industries/Create")]
    public IActionResult CreateIndustry() => View("IndustryForm", new IndustryInput());

    [HttpPost("Industries/Create")]
    public async Task<IActionResult> CreateIndustry(IndustryInput input, [FromServices] IValidator<IndustryInput> validator)
    {
        input.Id = null;
        if (!await IsValidIndustryAsync(input, validator)) return View("IndustryForm", input);
        var last = await db.Industries.MaxAsync(i => (int?)i.SortOrder) ?? 0;
        db.Industries.Add(new Industry(input.Name!, last + SortStep));
        await db.SaveChangesAsync();
        TempData["Success"] = l["已新增行业“{0}”。", input.Name!.Trim()].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("Industries/{id:int}/Edit")]
    public async Task<IActionResult> EditIndustry(int id)
    {
        var industry = await db.Industries.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id);
        return industry is null ? NotFound() : View("IndustryForm", new IndustryInput { Id = id, Name = industry.Name });
    }

    [HttpPost("Industries/{id:int}/Edit")]
    public async Task<IActionResult> EditIndustry(int id, IndustryInput input, [FromServices] IValidator<IndustryInput> validator)
    {
        var industry = await db.Industries.FirstOrDefaultAsync(i => i.Id == id);
        if (industry is null) return NotFound();
        input.Id = id;
        if (!await IsValidIndustryAsync(input, validator)) return View("IndustryForm", input);
        var before = industry.Name;
        industry.Rename(input.Name!);
        await db.SaveChangesAsync();
        TempData["Success"] = l["已将行业“{0}”更名为“{1}”。", before, industry.Name].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("Industries/{id:int}/Move")]
    public async Task<IActionResult> MoveIndustry(int id, string? direction)
    {
        var all = await db.Industries.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).ToListAsync();
        var index = all.FindIndex(i => i.Id == id);
        if (index < 0) return NotFound();
        if (Swap(all, index, direction)) Renumber(all, (i, order) => i.Reorder(order));
        await db.SaveChangesAsync();
        return RedirectToAction(nameof(Index), null, "industries");
    }

    [HttpPost("Industries/{id:int}/Deactivate")]
    public Task<IActionResult> DeactivateIndustry(int id) => SetIndustryActive(id, false);

    [HttpPost("Industries/{id:int}/Activate")]
    public Task<IActionResult> ActivateIndustry(int id) => SetIndustryActive(id, true);

    // ---- 乡镇街道 ----

    [HttpGet("Townships/Create")]
    public IActionResult CreateTownship() => View("TownshipForm", new TownshipInput { Code = FangchengDivisions.CountyCode });

    [HttpPost("Townships/Create")]
    public async Task<IActionResult> CreateTownship(TownshipInput input, [FromServices] IValidator<TownshipInput> validator)
    {
        input.IsNew = true;
        if (!await IsValidTownshipAsync(input, null, validator)) return View("TownshipForm", input);
        var last = await db.Townships.MaxAsync(t => (int?)t.SortOrder) ?? 0;
        db.Townships.Add(new TownshipUnit(input.Code!, input.Name!, last + SortStep));
        await db.SaveChangesAsync();
        TempData["Success"] = l["已新增乡镇街道“{0}”。", input.Name!.Trim()].Value;
        return RedirectToAction(nameof(Index), null, "townships");
    }

    [HttpGet("Townships/{code}/Edit")]
    public async Task<IActionResult> EditTownship(string code)
    {
        var township = await db.Townships.AsNoTracking().FirstOrDefaultAsync(t => t.Code == code);
        return township is null ? NotFound() : View("TownshipForm", new TownshipInput { IsNew = false, Code = township.Code, Name = township.Name });
    }

    [HttpPost("Townships/{code}/Edit")]
    public async Task<IActionResult> EditTownship(string code, TownshipInput input, [FromServices] IValidator<TownshipInput> validator)
    {
        var township = await db.Townships.FirstOrDefaultAsync(t => t.Code == code);
        if (township is null) return NotFound();
        input.IsNew = false;
        input.Code = township.Code;
        if (!await IsValidTownshipAsync(input, township.Code, validator)) return View("TownshipForm", input);
        var before = township.Name;
        township.Rename(input.Name!);
        await db.SaveChangesAsync();
        TempData["Success"] = l["已将乡镇街道“{0}”更名为“{1}”。", before, township.Name].Value;
        return RedirectToAction(nameof(Index), null, "townships");
    }

    [HttpPost("Townships/{code}/Move")]
    public async Task<IActionResult> MoveTownship(string code, string? direction)
    {
        var all = await db.Townships.OrderBy(t => t.SortOrder).ThenBy(t => t.Code).ToListAsync();
        var index = all.FindIndex(t => t.Code == code);
        if (index < 0) return NotFound();
        if (Swap(all, index, direction)) Renumber(all, (t, order) => t.Reorder(order));
        await db.SaveChangesAsync();
        return RedirectToAction(nameof(Index), null, "townships");
    }

    [HttpPost("Townships/{code}/Deactivate")]
    public Task<IActionResult> DeactivateTownship(string code) => SetTownshipActive(code, false);

    [HttpPost("Townships/{code}/Activate")]
    public Task<IActionResult> ActivateTownship(string code) => SetTownshipActive(code, true);

    private async Task<IActionResult> SetIndustryActive(int id, bool active)
    {
        var industry = await db.Industries.FirstOrDefaultAsync(i => i.Id == id);
        if (industry is null) return NotFound();
        if (active) industry.Activate(); else industry.Deactivate();
        await db.SaveChangesAsync();
        TempData["Success"] = (active ? l["已启用行业“{0}”。", industry.Name] : l["已停用行业“{0}”，已登记的企业不受影响。", industry.Name]).Value;
        return RedirectToAction(nameof(Index), null, "industries");
    }

    private async Task<IActionResult> SetTownshipActive(string code, bool active)
    {
        var township = await db.Townships.FirstOrDefaultAsync(t => t.Code == code);
        if (township is null) return NotFound();
        if (active) township.Activate(); else township.Deactivate();
        await db.SaveChangesAsync();
        TempData["Success"] = (active ? l["已启用乡镇街道“{0}”。", township.Name] : l["已停用乡镇街道“{0}”，已登记的企业不受影响。", township.Name]).Value;
        return RedirectToAction(nameof(Index), null, "townships");
    }

    private async Task<bool> IsValidIndustryAsync(IndustryInput input, IValidator<IndustryInput> validator)
    {
        var validation = await validator.ValidateAsync(input);
        validation.AddTo(ModelState);
        if (!validation.IsValid) return false;
        var name = input.Name!.Trim();
        if (await db.Industries.AnyAsync(i => i.Name == name && i.Id != input.Id))
        {
            ModelState.AddModelError(nameof(input.Name), l["已有名为“{0}”的行业。", name]);
            return false;
        }
        return TryDomain(() => _ = new Industry(name, 0), nameof(input.Name));
    }

    private async Task<bool> IsValidTownshipAsync(TownshipInput input, string? existingCode, IValidator<TownshipInput> validator)
    {
        var validation = await validator.ValidateAsync(input);
        validation.AddTo(ModelState);
        if (!validation.IsValid) return false;
        var code = input.Code!.Trim();
        var name = input.Name!.Trim();
        if (existingCode is null && await db.Townships.AnyAsync(t => t.Code == code))
        {
            ModelState.AddModelError(nameof(input.Code), l["代码 {0} 已被使用。", code]);
            return false;
        }
        if (await db.Townships.AnyAsync(t => t.Name == name && t.Code != code))
        {
            ModelState.AddModelError(nameof(input.Name), l["已有名为“{0}”的乡镇街道。", name]);
            return false;
        }
        return TryDomain(() => _ = new TownshipUnit(code, name, 0), nameof(input.Name));
    }

    private bool TryDomain(Action check, string key)
    {
        try
        {
            check();
            return true;
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(key, e.Message);
            return false;
        }
    }

    private static bool Swap<T>(List<T> items, int index, string? direction)
    {
        var other = string.Equals(direction, "up", StringComparison.OrdinalIgnoreCase) ? index - 1 : index + 1;
        if (other < 0 || other >= items.Count) return false;
        (items[index], items[other]) = (items[other], items[index]);
        return true;
    }

    /// <summary>Sort orders become 10, 20, 30… in list order; only items whose order really changes are written (and audited).</summary>
    private static void Renumber<T>(List<T> items, Action<T, int> reorder)
    {
        for (var i = 0; i < items.Count; i++) reorder(items[i], (i + 1) * SortStep);
    }
}
