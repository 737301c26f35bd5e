using FangchengCredit.Data;
using FangchengCredit.Data.Identity;
using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Features.Credit;
using FangchengCredit.Web.Infrastructure;
using FangchengCredit.Web.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.Records;

/// <summary>信用记录 for bureau staff: find an enterprise, list its records, open one, attach evidence; a section chief voids.</summary>
[Authorize(Policy = Policies.BureauStaff)]
[Route("Records")]
public sealed class RecordsController(
    AppDbContext db, RecordService records, CreditPageQueries queries, CreditGradingService grading, EvidenceStore store,
    ILogger<RecordsController> logger, IStringLocalizer<SharedResource> l) : Controller
{
    private const int PageSize = 20;
    private const long UploadLimitBytes = 32 * 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CreditRecordKind? kind, CreditRecordStatus? status, int? page, CancellationToken ct)
    {
        var hits = new List<EnterpriseHit>();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            var code = term.ToUpperInvariant();
            hits = await db.Enterprises.AsNoTracking()
                .Where(e => e.Code == code || e.Name.Contains(term))
                .OrderBy(e => e.Name)
                .Take(20)
                .Select(e => new EnterpriseHit(e.Id, e.Code, e.Name))
                .ToListAsync(ct);
        }

        var query = db.CreditRecords.AsNoTracking();
        if (kind is { } k) query = query.Where(r => r.Kind == k);
        if (status is { } s) query = query.Where(r => r.Status == s);
        var current = PagedList<RecordListRow>.NormalisePage(page);
        var total = await query.CountAsync(ct);
        var rows = await (from r in query
                          join e in db.Enterprises on r.EnterpriseId equals e.Id into enterprises
                          from enterprise in enterprises.DefaultIfEmpty()
                          orderby r.RecordedAtUtc descending, r.Id descending
                          select new RecordListRow(r.Id, r.Kind, r.Date, r.Title, r.DocumentNumber, r.Status, r.EnterpriseId,
                              enterprise == null ? null : enterprise.Name, r.RecordedBy))
            .Skip((current - 1) * PageSize).Take(PageSize)
            .ToListAsync(ct);
        return View(new RecordsIndexModel(q, hits, kind, status, new PagedList<RecordListRow>(rows, current, PageSize, total)));
    }

    [HttpGet("Enterprises/{enterpriseId:long}")]
    public async Task<IActionResult> Enterprise(long enterpriseId, int? page, CancellationToken ct)
    {
        var enterprise = await queries.EnterpriseAsync(enterpriseId, ct);
        if (enterprise is null) return NotFound();
        var all = await queries.RecordsOfEnterpriseAsync(enterpriseId, ct);
        var current = PagedList<RecordRow>.NormalisePage(page);
        var paged = new PagedList<RecordRow>(all.Skip((current - 1) * PageSize).Take(PageSize).ToList(), current, PageSize, all.Count);
        var people = await db.EnterprisePeople.AsNoTracking()
            .Where(p => p.EnterpriseId == enterpriseId)
            .OrderBy(p => p.Role)
            .Select(p => new PersonOption(p.PersonId, p.Person.Name, p.Role))
            .ToListAsync(ct);
        return View(new EnterpriseRecordsModel(enterprise, people, await grading.CurrentAsync(enterpriseId, ct), paged));
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id, CancellationToken ct)
    {
        var model = await LoadDetailsAsync(id, null, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:long}/Void")]
    [Authorize(Roles = Roles.SectionChief)]
    public async Task<IActionResult> Void(long id, [Bind(Prefix = "Void")] VoidInput input, [FromServices] IValidator<VoidInput> validator, CancellationToken ct)
    {
        var record = await db.CreditRecords.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null) return NotFound();
        var validation = await validator.ValidateAsync(input, ct);
        if (validation.IsValid)
        {
            try
            {
                await records.VoidAsync(record, input.Version, input.Reason!, RecordActor.NameOf(User), ct);
                TempData["Success"] = l["已作废该记录，它不再计入信用评价。"].Value;
                return Redirect($"/Records/{id}");
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(string.Empty, l["数据已被他人修改，请刷新后重试。"]);
            }
        }
        else
        {
            validation.AddTo(ModelState, "Void");
        }

        db.ChangeTracker.Clear();
        var model = await LoadDetailsAsync(id, input, ct);
        return View(nameof(Details), model);
    }

    [HttpPost("{id:long}/Evidence")]
    // Well above the 10 MB rule, so that a file somewhat too large is answered in Chinese instead of cut off by the server.
    [RequestSizeLimit(UploadLimitBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimitBytes)]
    public async Task<IActionResult> Upload(long id, IFormFile? file, CancellationToken ct)
    {
        var record = await db.CreditRecords.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null) return NotFound();
        if (file is null)
        {
            TempData["Error"] = l["请选择要上传的文件。"].Value;
            return Redirect($"/Records/{id}");
        }

        StoredEvidenceFile? stored = null;
        try
        {
            stored = await store.SaveAsync(file, ct);
            await records.AttachEvidenceAsync(record, file.FileName, stored, RecordActor.NameOf(User), ct);
            TempData["Success"] = l["已上传证据材料。"].Value;
        }
        catch (DomainException e)
        {
            if (stored is not null) store.Discard(stored.StoredName);
            logger.LogInformation("Evidence upload for record {RecordId} refused: {Reason}", id, e.Message);
            TempData["Error"] = e.Message;
        }
        return Redirect($"/Records/{id}");
    }

    private async Task<RecordDetailsModel?> LoadDetailsAsync(long id, VoidInput? voidInput, CancellationToken ct)
    {
        var record = await db.CreditRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null) return null;
        var enterprise = record.EnterpriseId is { } enterpriseId ? await queries.EnterpriseAsync(enterpriseId, ct) : null;
        var person = record.PersonId is { } personId
            ? await db.People.AsNoTracking().Where(p => p.Id == personId)
                .Select(p => new PersonOption(p.Id, p.Name, db.EnterprisePeople.Where(x => x.PersonId == p.Id && x.EnterpriseId == record.EnterpriseId).Select(x => x.Role).FirstOrDefault()))
                .FirstOrDefaultAsync(ct)
            : null;
        var accident = record.Kind == CreditRecordKind.Accident ? await db.Accidents.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) : null;
        var penalty = record.Kind == CreditRecordKind.Penalty ? await db.Penalties.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) : null;
        var evidence = await db.RecordEvidence.AsNoTracking().Where(e => e.CreditRecordId == id).OrderBy(e => e.Id)
            .Select(e => new EvidenceRow(e.Id, e.FileName, e.SizeBytes)).ToListAsync(ct);
        var grade = enterprise is null ? null : await grading.CurrentAsync(enterprise.Id, ct);
        return new RecordDetailsModel(record, enterprise, person, accident, penalty, evidence, grade, voidInput ?? new VoidInput { Version = record.Version });
    }
}
