using FangchengCredit.Data;
using FangchengCredit.Data.Identity;
using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Licensing;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Features.Licensing;
using FangchengCredit.Web.Features.Records;
using FangchengCredit.Web.Infrastructure;
using FangchengCredit.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.MyLicensing;

public sealed record MyItemRow(long Id, string Description, DateOnly DueOn, int WorkingDaysLeft, bool Received, DateOnly? ReceivedOn, string? UploadFileName, DateOnly? UploadedOn);

public sealed record MyApplicationRow(
    long Id, string LicenceType, CommitmentMode Mode, ApplicationStatus Status, DateOnly AcceptedOn, DateOnly TargetDate, string? DecisionReason,
    CommitmentStatus? CommitmentStatus, string? ConclusionNote, IReadOnlyList<MyItemRow> Items);

public sealed record MyLicensingModel(IReadOnlyList<MyApplicationRow> Applications, IReadOnlyList<LicenceRow> Licences);

/// <summary>我的许可: an enterprise user's own applications, commitments (what it owes, by when, in working days), licences; uploads owed materials.</summary>
[Authorize(Roles = Roles.Enterprise)]
[Route("My/Licensing")]
public sealed class MyLicensingController(
    AppDbContext db, LicensingCalendar calendars, EvidenceStore store, Microsoft.Extensions.Options.IOptions<LicensingRules> rules, TimeProvider time, ILogger<MyLicensingController> logger,
    IStringLocalizer<SharedResource> l) : Controller
{
    // Above the 10 MB rule so that an oversize file reaches the check and gets the Chinese message.
    private const long UploadLimitBytes = 32 * 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        if (User.GetEnterpriseId() is not { } enterpriseId) return NotFound();
        var today = BureauClock.Today(time);
        var calendar = await calendars.LoadAsync(ct);
        var applications = await db.LicenceApplications.AsNoTracking()
            .Include(a => a.Commitment).ThenInclude(c => c!.Items).AsSplitQuery()
            .Where(a => a.EnterpriseId == enterpriseId)
            .OrderByDescending(a => a.AcceptedOn).ThenByDescending(a => a.Id)
            .ToListAsync(ct);
        var types = await db.LicenceTypes.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var rows = applications.Select(a => new MyApplicationRow(a.Id, types[a.LicenceTypeId], a.Mode, a.Status, a.AcceptedOn, a.TargetDate, a.DecisionReason,
            a.Commitment?.Status, a.Commitment?.ConclusionNote,
            (a.Commitment?.Items ?? []).OrderBy(i => i.DueOn).ThenBy(i => i.Id)
                .Select(i => new MyItemRow(i.Id, i.Description, i.DueOn, calendar.WorkingDaysBetween(today, i.DueOn), i.IsReceived, i.ReceivedOn,
                    i.UploadFileName, i.UploadedOn)).ToList())).ToList();
        var licences = await (from x in db.Licences.AsNoTracking()
                              join t in db.LicenceTypes on x.LicenceTypeId equals t.Id
                              where x.EnterpriseId == enterpriseId
                              orderby x.ValidUntil descending
                              select new { x, Type = t.Name }).ToListAsync(ct);
        var licenceRows = licences.Select(r => new LicenceRow(r.x.Id, enterpriseId, r.x.HolderName, r.Type, r.x.Number, r.x.DecidedOn, r.x.ValidFrom,
            r.x.ValidUntil, r.x.Status, r.x.RevocationReason, null, r.x.Version, r.x.IsExpiringSoon(today, rules.Value.ExpiryReminderMonths))).ToList();
        return View(new MyLicensingModel(rows, licenceRows));
    }

    [HttpPost("Items/{itemId:long}/Upload")]
    [RequestSizeLimit(UploadLimitBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimitBytes)]
    public async Task<IActionResult> Upload(long itemId, IFormFile? file, CancellationToken ct)
    {
        if (User.GetEnterpriseId() is not { } enterpriseId) return NotFound();
        // Only the enterprise's own commitments: anything else is 404, as if it did not exist.
        var commitment = await db.Commitments.Include(c => c.Items)
            .SingleOrDefaultAsync(c => c.EnterpriseId == enterpriseId && c.Items.Any(i => i.Id == itemId), ct);
        if (commitment is null) return NotFound();
        if (file is null || file.Length == 0)
        {
            TempData["Error"] = l["请选择要上传的文件。"].Value;
            return Redirect("/My/Licensing");
        }
        StoredEvidenceFile? stored = null;
        try
        {
            stored = await store.SaveAsync(file, ct);
            commitment.AttachUpload(itemId, file.FileName, stored.Type.ContentType(), stored.SizeBytes, stored.StoredName, stored.Sha256, BureauClock.Today(time));
            await db.SaveChangesAsync(ct);
            TempData["Success"] = l["已上传，等待许可机关核验。"].Value;
        }
        catch (DomainException e)
        {
            if (stored is not null) store.Discard(stored.StoredName);
            TempData["Error"] = e.Message;
        }
        catch (DbUpdateConcurrencyException e)
        {
            if (stored is not null) store.Discard(stored.StoredName);
            logger.LogInformation(e, "Upload for commitment item {ItemId} raced with another change", itemId);
            TempData["Error"] = l["数据已被他人修改，请刷新后重试。"].Value;
        }
        return Redirect("/My/Licensing");
    }
}
