using FangchengCredit.Data;
using FangchengCredit.Data.Auditing;
using FangchengCredit.Web.Infrastructure;
using FangchengCredit.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.Admin.Audit;

public sealed record AuditFilter(string? Entity, string? User, DateOnly? From, DateOnly? To);

public sealed record AuditIndexModel(AuditFilter Filter, PagedList<AuditEntry> Entries, IReadOnlyList<string> EntityTypes, AuditVerification? Verification);

/// <summary>审计日志: the append-only trail of every change, and the check that its hash chain is unbroken.</summary>
[Authorize(Policy = Policies.Administrator)]
[Route("Admin/Audit")]
public sealed class AuditController(AppDbContext db, IStringLocalizer<SharedResource> l) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? entity, string? user, DateOnly? from, DateOnly? to, int? page)
    {
        if (from is { } f && to is { } t && f > t)
            ModelState.AddModelError("from", l["开始日期不能晚于结束日期。"]);

        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entity)) query = query.Where(e => e.EntityType == entity);
        if (!string.IsNullOrWhiteSpace(user)) query = query.Where(e => e.UserName!.Contains(user.Trim()));
        if (from is { } start) query = query.Where(e => e.TimestampUtc >= start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        if (to is { } end) query = query.Where(e => e.TimestampUtc < end.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));

        var current = PagedList<AuditEntry>.NormalisePage(page);
        var total = await query.CountAsync();
        var items = await query.OrderByDescending(e => e.Sequence).Skip((current - 1) * PageSize).Take(PageSize).ToListAsync();
        var types = await db.AuditEntries.AsNoTracking().Select(e => e.EntityType).Distinct().OrderBy(x => x).ToListAsync();
        AuditVerification? verification = null;
        if (TempData["VerifyIntact"] is bool intact)
        {
            static long? AsLong(object? value) => long.TryParse(value as string, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
            verification = new AuditVerification(intact, AsLong(TempData["VerifyChecked"]) ?? 0, AsLong(TempData["VerifySequence"]), null, TempData["VerifyReason"] as string);
        }
        return View(new AuditIndexModel(new AuditFilter(entity, user, from, to), new PagedList<AuditEntry>(items, current, PageSize, total), types, verification));
    }

    [HttpPost("Verify")]
    public async Task<IActionResult> Verify(CancellationToken cancellationToken)
    {
        var result = await AuditChainVerifier.VerifyAsync(db, cancellationToken);
        TempData["VerifyIntact"] = result.IsIntact;
        // TempData keeps strings, ints and bools only.
        TempData["VerifyChecked"] = result.EntriesChecked.ToString(System.Globalization.CultureInfo.InvariantCulture);
        TempData["VerifySequence"] = result.BrokenSequence?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        TempData["VerifyReason"] = result.Reason;
        return RedirectToAction(nameof(Index));
    }
}
