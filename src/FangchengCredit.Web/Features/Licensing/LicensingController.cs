using FangchengCredit.Data;
using FangchengCredit.Data.Identity;
using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Licensing;
using FangchengCredit.Web.Features.Records;
using FangchengCredit.Web.Infrastructure;
using FangchengCredit.Web.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace FangchengCredit.Web.Features.Licensing;

/// <summary>
/// 行政许可 for bureau staff: the queue (绿色通道 first), accepting an application with the eligibility shown first,
/// the commitment letter, owed items, decisions, licences, revocations, commitment tracking and statistics.
/// </summary>
[Authorize(Policy = Policies.BureauStaff)]
[Route("Licensing")]
public sealed class LicensingController(
    AppDbContext db, LicensingService licensing, LicensingCalendar calendars, EvidenceStore store, IOptions<LicensingAuthorityOptions> authority,
    TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    private const int PageSize = 20;
    private const string Stale = "数据已被他人修改，请刷新后重试。";

    /// <summary>Commitments whose next deadline is within this many working days show as due soon.</summary>
    public const int DueSoonWorkingDays = 3;

    private DateOnly Today => BureauClock.Today(time);

    [HttpGet("")]
    public async Task<IActionResult> Index(ApplicationStatus? status, string? q, int? page, CancellationToken ct)
    {
        var shown = status ?? ApplicationStatus.UnderReview;
        var query = from a in db.LicenceApplications.AsNoTracking()
                    join e in db.Enterprises on a.EnterpriseId equals e.Id
                    join t in db.LicenceTypes on a.LicenceTypeId equals t.Id
                    where a.Status == shown
                    select new { a, e.Name, e.Code, Type = t.Name };
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            query = query.Where(x => x.Name.Contains(term) || x.Code == term.ToUpperInvariant());
        }
        var current = PagedList<QueueRow>.NormalisePage(page);
        var total = await query.CountAsync(ct);
        // The queue: 绿色通道 first, then the nearest target date.
        var rows = await query.OrderByDescending(x => x.a.GreenChannel).ThenBy(x => x.a.TargetDate).ThenBy(x => x.a.Id)
            .Skip((current - 1) * PageSize).Take(PageSize)
            .Select(x => new { x.a.Id, x.Name, x.a.EnterpriseId, x.Type, x.a.Mode, x.a.GreenChannel, x.a.AcceptedOn, x.a.TargetDate, x.a.Status })
            .ToListAsync(ct);
        var calendar = await calendars.LoadAsync(ct);
        var today = Today;
        var list = rows.Select(r => new QueueRow(r.Id, r.Name, r.EnterpriseId, r.Type, r.Mode, r.GreenChannel, r.AcceptedOn, r.TargetDate, r.Status,
            r.Status == ApplicationStatus.UnderReview && r.TargetDate < today, calendar.WorkingDaysBetween(today, r.TargetDate))).ToList();
        return View(new QueueModel(new PagedList<QueueRow>(list, current, PageSize, total), status, q));
    }

    [HttpGet("New")]
    public async Task<IActionResult> New(long? enterpriseId, string? q, CancellationToken ct)
    {
        var input = new ApplicationInput { EnterpriseId = enterpriseId ?? 0, AcceptedOn = Today, SignedOn = Today };
        return await NewViewAsync(input, q, ct) ?? NotFound();
    }

    [HttpPost("New")]
    public async Task<IActionResult> New([Bind(Prefix = "Input")] ApplicationInput input, [FromServices] IValidator<ApplicationInput> validator, CancellationToken ct)
    {
        if (!await db.Enterprises.AnyAsync(e => e.Id == input.EnterpriseId, ct)) return NotFound();
        (await validator.ValidateAsync(input, ct)).AddTo(ModelState, "Input");
        if (ModelState.IsValid)
        {
            var calendar = await calendars.LoadAsync(ct);
            var defaultDue = calendar.AddWorkingDays(input.AcceptedOn, licensing.Rules.DeficiencyDeadlineWorkingDays);
            try
            {
                var application = await licensing.AcceptAsync(new NewApplication(
                    input.EnterpriseId, input.LicenceTypeId, input.AcceptedOn, input.Mode, input.Mode == CommitmentMode.None ? input.AcceptedOn : input.SignedOn,
                    ApplicationInput.Lines(input.ReceivedMaterials), input.Owed(defaultDue) ?? []), ct);
                TempData["Success"] = l["已受理许可申请。"].Value;
                return Redirect($"/Licensing/{application.Id}");
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
        }
        return await NewViewAsync(input, null, ct) ?? NotFound();
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id, CancellationToken ct)
    {
        var model = await DetailsModelAsync(id, null, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("{id:long}/Letter")]
    public async Task<IActionResult> Letter(long id, CancellationToken ct)
    {
        var application = await licensing.FindAsync(id, ct);
        if (application?.Commitment is null) return NotFound();
        var enterprise = await EnterpriseAsync(application.EnterpriseId, ct);
        var legal = await db.EnterprisePeople.AsNoTracking()
            .Where(p => p.EnterpriseId == application.EnterpriseId && p.Role == PersonRole.LegalRepresentative)
            .Select(p => p.Person.Name).FirstOrDefaultAsync(ct) ?? string.Empty;
        var type = await db.LicenceTypes.Where(t => t.Id == application.LicenceTypeId).Select(t => t.Name).SingleAsync(ct);
        return View(new LetterModel(application, enterprise!, legal, type, authority.Value.Name, licensing.Rules));
    }

    [HttpPost("{id:long}/Items/{itemId:long}/Received")]
    public async Task<IActionResult> ItemReceived(long id, long itemId, int version, CancellationToken ct)
    {
        var application = await licensing.FindAsync(id, ct);
        if (application is null) return NotFound();
        return await ActAsync(id, async () =>
        {
            await licensing.MarkItemReceivedAsync(application, version, itemId, RecordActor.NameOf(User), ct);
            return application.Commitment?.Status == CommitmentStatus.Kept ? l["材料已确认收到，承诺已履约，已记录守信信息。"] : l["材料已确认收到。"];
        }, ct);
    }

    [HttpGet("Items/{itemId:long}/File")]
    public async Task<IActionResult> ItemFile(long itemId, CancellationToken ct)
    {
        var item = await db.CommitmentItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId, ct);
        if (item?.UploadStoredName is null || store.PathOf(item.UploadStoredName) is not { } path) return NotFound();
        return PhysicalFile(path, item.UploadContentType ?? "application/octet-stream", item.UploadFileName);
    }

    [HttpPost("{id:long}/Approve")]
    public async Task<IActionResult> Approve(long id, [Bind(Prefix = "Decision")] DecisionInput input, [FromServices] IValidator<DecisionInput> validator, CancellationToken ct)
    {
        var application = await licensing.FindAsync(id, ct);
        if (application is null) return NotFound();
        (await validator.ValidateAsync(input, ct)).AddTo(ModelState, "Decision");
        if (!ModelState.IsValid) return View(nameof(Details), await DetailsModelAsync(id, input, ct));
        return await ActAsync(id, async () =>
        {
            await licensing.ApproveAsync(application, input.Version,
                new LicenceDecision(input.Number!, input.DecisionDocumentNumber!, input.Content!, input.DecidedOn), RecordActor.NameOf(User), ct);
            return l["已准予许可并核发许可证。"];
        }, ct, input);
    }

    [HttpPost("{id:long}/Refuse")]
    public Task<IActionResult> Refuse(long id, ReasonInput input, [FromServices] IValidator<ReasonInput> validator, CancellationToken ct) =>
        WithReasonAsync(id, input, validator, (a, reason) => licensing.RefuseAsync(a, input.Version, Today, reason, ct), l["已作出不予许可决定。"], ct);

    [HttpPost("{id:long}/Terminate")]
    public Task<IActionResult> Terminate(long id, ReasonInput input, [FromServices] IValidator<ReasonInput> validator, CancellationToken ct) =>
        WithReasonAsync(id, input, validator, (a, reason) => licensing.TerminateAsync(a, input.Version, Today, reason, ct), l["已终止办理。"], ct);

    [HttpPost("{id:long}/False")]
    public Task<IActionResult> DeclareFalse(long id, ReasonInput input, [FromServices] IValidator<ReasonInput> validator, CancellationToken ct) =>
        WithReasonAsync(id, input, validator, (a, reason) => licensing.DeclareFalseAsync(a, input.Version, reason, RecordActor.NameOf(User), ct),
            l["已认定虚假承诺，已记录失信信息并限制容缺受理。"], ct);

    [HttpGet("Enterprises/{enterpriseId:long}")]
    public async Task<IActionResult> Enterprise(long enterpriseId, CancellationToken ct)
    {
        var enterprise = await EnterpriseAsync(enterpriseId, ct);
        if (enterprise is null) return NotFound();
        var licences = await LicenceRowsAsync(db.Licences.Where(x => x.EnterpriseId == enterpriseId), ct);
        var calendar = await calendars.LoadAsync(ct);
        var today = Today;
        var applications = await (from a in db.LicenceApplications.AsNoTracking()
                                  join t in db.LicenceTypes on a.LicenceTypeId equals t.Id
                                  where a.EnterpriseId == enterpriseId
                                  orderby a.AcceptedOn descending, a.Id descending
                                  select new { a.Id, Type = t.Name, a.Mode, a.GreenChannel, a.AcceptedOn, a.TargetDate, a.Status })
            .ToListAsync(ct);
        var rows = applications.Select(a => new QueueRow(a.Id, enterprise.Name, enterpriseId, a.Type, a.Mode, a.GreenChannel, a.AcceptedOn, a.TargetDate,
            a.Status, a.Status == ApplicationStatus.UnderReview && a.TargetDate < today, calendar.WorkingDaysBetween(today, a.TargetDate))).ToList();
        var eligibility = await licensing.EligibilityAsync(enterpriseId, today, ct);
        return View(new EnterpriseLicensingModel(enterprise, licences, rows, eligibility?.Eligibility));
    }

    [HttpGet("Expiring")]
    public async Task<IActionResult> Expiring(CancellationToken ct)
    {
        var today = Today;
        var until = today.AddMonths(licensing.Rules.ExpiryReminderMonths);
        var rows = await LicenceRowsAsync(db.Licences.Where(x => x.Status != LicenceStatus.Revoked && x.ValidUntil >= today && x.ValidUntil <= until), ct);
        return View("Licences", new LicenceListModel(l["即将到期的许可证"], rows.OrderBy(r => r.ValidUntil).ToList(), false, l["暂无三个月内到期的许可证"]));
    }

    [HttpGet("Revocations")]
    public async Task<IActionResult> Revocations(CancellationToken ct)
    {
        var rows = await LicenceRowsAsync(db.Licences.Where(x => x.Status == LicenceStatus.RevocationProposed), ct);
        return View("Licences", new LicenceListModel(l["待确认撤销的许可证"], rows, User.IsInRole(Roles.SectionChief), l["暂无待确认的撤销"]));
    }

    [Authorize(Roles = Roles.SectionChief)]
    [HttpPost("Licences/{licenceId:long}/Revocation")]
    public async Task<IActionResult> DecideRevocation(long licenceId, int version, bool confirm, CancellationToken ct)
    {
        var licence = await db.Licences.SingleOrDefaultAsync(x => x.Id == licenceId, ct);
        if (licence is null) return NotFound();
        try
        {
            await licensing.DecideRevocationAsync(licence, version, confirm, RecordActor.NameOf(User), ct);
            TempData["Success"] = (confirm ? l["已确认撤销许可证。"] : l["已驳回撤销，许可证恢复有效。"]).Value;
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Error"] = l[Stale].Value;
        }
        return Redirect("/Licensing/Revocations");
    }

    [HttpGet("Commitments")]
    public async Task<IActionResult> Commitments(CancellationToken ct)
    {
        var today = Today;
        var calendar = await calendars.LoadAsync(ct);
        var soonLimit = calendar.AddWorkingDays(today, DueSoonWorkingDays);
        var items = await (from i in db.CommitmentItems.AsNoTracking()
                           join c in db.Commitments on i.CommitmentId equals c.Id
                           join a in db.LicenceApplications on c.Id equals a.CommitmentId
                           join e in db.Enterprises on c.EnterpriseId equals e.Id
                           where c.Status == CommitmentStatus.Pending && i.ReceivedOn == null && i.DueOn <= soonLimit
                           orderby i.DueOn, e.Name
                           select new { a.Id, c.EnterpriseId, e.Name, c.Mode, i.Description, i.DueOn, i.UploadedOn })
            .ToListAsync(ct);
        var rows = items.Select(x => new CommitmentRow(x.Id, x.EnterpriseId, x.Name, x.Mode, x.Description, x.DueOn,
            calendar.WorkingDaysBetween(today, x.DueOn), x.UploadedOn is not null)).ToList();
        return View(new CommitmentsModel(rows.Where(r => r.DueOn >= today).ToList(), rows.Where(r => r.DueOn < today).ToList(), DueSoonWorkingDays));
    }

    [HttpGet("Statistics")]
    public async Task<IActionResult> Statistics(CancellationToken ct)
    {
        var applications = await db.LicenceApplications.AsNoTracking()
            .Select(a => new { a.ApplicantGrade, a.Mode, a.AcceptedOn, a.DecidedOn }).ToListAsync(ct);
        var calendar = await calendars.LoadAsync(ct);
        StatisticsRow Row(string label, IEnumerable<(DateOnly AcceptedOn, DateOnly? DecidedOn)> group)
        {
            var list = group.ToList();
            var decided = list.Where(a => a.DecidedOn is not null).Select(a => calendar.WorkingDaysBetween(a.AcceptedOn, a.DecidedOn!.Value)).ToList();
            return new StatisticsRow(label, list.Count, decided.Count, decided.Count == 0 ? null : decided.Average());
        }
        var byGrade = Enum.GetValues<CreditGrade>()
            .Select(g => Row(g.DisplayName(), applications.Where(a => a.ApplicantGrade == g).Select(a => (a.AcceptedOn, a.DecidedOn)))).ToList();
        var byMode = Enum.GetValues<CommitmentMode>()
            .Select(m => Row(l[m.ChineseName()], applications.Where(a => a.Mode == m).Select(a => (a.AcceptedOn, a.DecidedOn)))).ToList();
        var outcomes = await db.Commitments.AsNoTracking().GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Count(CommitmentStatus s) => outcomes.FirstOrDefault(o => o.Key == s)?.Count ?? 0;
        return View(new StatisticsModel(byGrade, byMode, Count(CommitmentStatus.Kept), Count(CommitmentStatus.Breached), Count(CommitmentStatus.False),
            Count(CommitmentStatus.Pending)));
    }

    private async Task<IActionResult> WithReasonAsync(
        long id, ReasonInput input, IValidator<ReasonInput> validator, Func<LicenceApplication, string, Task> act, string done, CancellationToken ct)
    {
        var application = await licensing.FindAsync(id, ct);
        if (application is null) return NotFound();
        var result = await validator.ValidateAsync(input, ct);
        if (!result.IsValid)
        {
            TempData["Error"] = string.Join("；", result.Errors.Select(e => e.ErrorMessage));
            return Redirect($"/Licensing/{id}");
        }
        return await ActAsync(id, async () =>
        {
            await act(application, input.Reason!);
            return done;
        }, ct);
    }

    private async Task<IActionResult> ActAsync(long id, Func<Task<string>> act, CancellationToken ct, DecisionInput? decision = null)
    {
        try
        {
            TempData["Success"] = await act();
            return Redirect($"/Licensing/{id}");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, l[Stale]);
        }
        db.ChangeTracker.Clear();
        return View(nameof(Details), await DetailsModelAsync(id, decision, ct));
    }

    private async Task<ApplicationDetailsModel?> DetailsModelAsync(long id, DecisionInput? decision, CancellationToken ct)
    {
        var application = await db.LicenceApplications.AsNoTracking()
            .Include(a => a.Commitment).ThenInclude(c => c!.Items).Include(a => a.Materials).AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id, ct);
        if (application is null) return null;
        var enterprise = await EnterpriseAsync(application.EnterpriseId, ct);
        var type = await db.LicenceTypes.Where(t => t.Id == application.LicenceTypeId).Select(t => t.Name).SingleAsync(ct);
        var licence = application.LicenceId is { } licenceId ? await db.Licences.AsNoTracking().SingleOrDefaultAsync(x => x.Id == licenceId, ct) : null;
        var calendar = await calendars.LoadAsync(ct);
        var today = Today;
        var left = application.Commitment?.Items.ToDictionary(i => i.Id, i => calendar.WorkingDaysBetween(today, i.DueOn)) ?? [];
        var lastDue = application.Commitment?.FinalDeadline ?? application.TargetDate;
        decision ??= new DecisionInput
        {
            DecidedOn = today,
            Content = type,
        };
        decision.Version = application.Version;
        return new ApplicationDetailsModel(application, enterprise!, type, licence, today, left, decision,
            calendar.YearsWithoutData(application.AcceptedOn, lastDue > application.TargetDate ? lastDue : application.TargetDate));
    }

    private async Task<IActionResult?> NewViewAsync(ApplicationInput input, string? q, CancellationToken ct)
    {
        var hits = new List<EnterpriseRef>();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            var code = term.ToUpperInvariant();
            hits = await db.Enterprises.AsNoTracking().Where(e => e.Code == code || e.Name.Contains(term)).OrderBy(e => e.Name).Take(20)
                .Select(e => new EnterpriseRef(e.Id, e.Name, e.Code)).ToListAsync(ct);
        }
        EnterpriseRef? enterprise = null;
        if (input.EnterpriseId != 0)
        {
            enterprise = await EnterpriseAsync(input.EnterpriseId, ct);
            if (enterprise is null) return null;
        }
        var types = await db.LicenceTypes.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.Id)
            .Select(t => new LicenceTypeOption(t.Id, t.Name, t.DecisionWorkingDays)).ToListAsync(ct);
        var calendar = await calendars.LoadAsync(ct);
        var accepted = input.AcceptedOn == default ? Today : input.AcceptedOn;
        var defaultDue = calendar.AddWorkingDays(accepted, licensing.Rules.DeficiencyDeadlineWorkingDays);
        var longest = types.Count == 0 ? defaultDue : calendar.AddWorkingDays(accepted, types.Max(t => t.DecisionWorkingDays));
        var eligibility = enterprise is null ? null : await licensing.EligibilityAsync(enterprise.Id, accepted, ct);
        return View(nameof(New), new NewApplicationModel(q, hits, enterprise, eligibility?.Grade, eligibility?.Eligibility, types, input, defaultDue, licensing.Rules.DeficiencyDeadlineWorkingDays,
            calendar.YearsWithoutData(accepted, longest > defaultDue ? longest : defaultDue)));
    }

    private Task<EnterpriseRef?> EnterpriseAsync(long id, CancellationToken ct) =>
        db.Enterprises.AsNoTracking().Where(e => e.Id == id).Select(e => new EnterpriseRef(e.Id, e.Name, e.Code)).FirstOrDefaultAsync(ct);

    private async Task<List<LicenceRow>> LicenceRowsAsync(IQueryable<Licence> licences, CancellationToken ct)
    {
        var today = Today;
        var months = licensing.Rules.ExpiryReminderMonths;
        var rows = await (from x in licences.AsNoTracking()
                          join e in db.Enterprises on x.EnterpriseId equals e.Id
                          join t in db.LicenceTypes on x.LicenceTypeId equals t.Id
                          orderby x.ValidUntil descending, x.Id descending
                          select new { x, e.Name, Type = t.Name })
            .ToListAsync(ct);
        return rows.Select(r => new LicenceRow(r.x.Id, r.x.EnterpriseId, r.Name, r.Type, r.x.Number, r.x.DecidedOn, r.x.ValidFrom, r.x.ValidUntil,
            r.x.Status, r.x.RevocationReason, r.x.RevocationProposedBy, r.x.Version, r.x.IsExpiringSoon(today, months))).ToList();
    }
}
