using FangchengCredit.Data;
using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Identifiers;
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

/// <summary>登记信用记录: accidents (and their correction), penalties and commendations, entered by bureau staff.</summary>
[Authorize(Policy = Policies.BureauStaff)]
[Route("Records")]
public sealed class RecordEntryController(
    AppDbContext db, RecordService records, CreditPageQueries queries, TimeProvider time, IConfiguration configuration,
    IStringLocalizer<SharedResource> l) : Controller
{
    private const string InputPrefix = "Input";

    [HttpGet("Accidents/New")]
    public async Task<IActionResult> NewAccident(long? enterpriseId, string? code, CancellationToken ct)
    {
        var (enterprise, stop) = await ResolveAsync(enterpriseId, code, l["登记生产安全事故"], "/Records/Accidents/New", ct);
        if (stop is not null) return stop;
        var input = new AccidentInput { EnterpriseId = enterprise!.Id, Deaths = 0, SeriousInjuries = 0, DirectLossYuan = 0, IsLiability = true };
        return View(nameof(NewAccident), new AccidentFormModel(enterprise, await PeopleAsync(enterprise.Id, ct), input));
    }

    [HttpPost("Accidents/New")]
    public async Task<IActionResult> NewAccident(
        [Bind(Prefix = InputPrefix)] AccidentInput input, [FromServices] IValidator<AccidentInput> validator, CancellationToken ct)
    {
        var enterprise = await queries.EnterpriseAsync(input.EnterpriseId, ct);
        if (enterprise is null) return NotFound();
        var people = await PeopleAsync(enterprise.Id, ct);
        if (await IsValidAsync(input, validator, people, input.PersonId))
        {
            try
            {
                var id = await records.RecordAccidentAsync(enterprise.Id, input.PersonId, input.ToDetails(), RecordActor.NameOf(User), ct);
                TempData["Success"] = l["已登记生产安全事故，信用等级已重新评价。"].Value;
                return Redirect($"/Records/{id}");
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
        }
        return View(nameof(NewAccident), new AccidentFormModel(enterprise, people, input));
    }

    [HttpGet("Accidents/{id:long}/Edit")]
    public async Task<IActionResult> EditAccident(long id, CancellationToken ct)
    {
        var accident = await db.Accidents.AsNoTracking().Include(a => a.Record).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (accident is null) return NotFound();
        var enterprise = await queries.EnterpriseAsync(accident.EnterpriseId, ct);
        return View(nameof(EditAccident), new AccidentFormModel(enterprise!, await PeopleAsync(accident.EnterpriseId, ct), AccidentInput.From(accident), id));
    }

    [HttpPost("Accidents/{id:long}/Edit")]
    public async Task<IActionResult> EditAccident(
        long id, [Bind(Prefix = InputPrefix)] AccidentInput input, [FromServices] IValidator<AccidentInput> validator, CancellationToken ct)
    {
        var accident = await db.Accidents.Include(a => a.Record).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (accident is null) return NotFound();
        input.EnterpriseId = accident.EnterpriseId;
        input.PersonId = accident.Record.PersonId;
        var enterprise = await queries.EnterpriseAsync(accident.EnterpriseId, ct);
        var people = await PeopleAsync(accident.EnterpriseId, ct);
        if (await IsValidAsync(input, validator, people, personId: null))
        {
            try
            {
                await records.CorrectAccidentAsync(accident, input.Version, input.ToDetails(), ct);
                TempData["Success"] = l["已更正事故信息，信用等级已重新评价。"].Value;
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
        return View(nameof(EditAccident), new AccidentFormModel(enterprise!, people, input, id));
    }

    [HttpGet("Penalties/New")]
    public async Task<IActionResult> NewPenalty(long? enterpriseId, string? code, CancellationToken ct)
    {
        var (enterprise, stop) = await ResolveAsync(enterpriseId, code, l["登记行政处罚"], "/Records/Penalties/New", ct);
        if (stop is not null) return stop;
        var authority = configuration["Records:Authority"] ?? "方城县应急管理局";
        var input = new PenaltyInput
        {
            EnterpriseId = enterprise!.Id,
            LegalRepresentative = enterprise.LegalRepresentative,
            Procedure = PenaltyProcedure.General,
            DecisionDate = BureauClock.Today(time),
            Authority = authority,
            AuthorityCode = configuration["Records:AuthorityCode"],
            DataSource = authority,
        };
        return View(nameof(NewPenalty), new PenaltyFormModel(enterprise, await PeopleAsync(enterprise.Id, ct), input));
    }

    [HttpPost("Penalties/New")]
    public async Task<IActionResult> NewPenalty(
        [Bind(Prefix = InputPrefix)] PenaltyInput input, [FromServices] IValidator<PenaltyInput> validator, CancellationToken ct)
    {
        var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == input.EnterpriseId, ct);
        var summary = await queries.EnterpriseAsync(input.EnterpriseId, ct);
        if (enterprise is null || summary is null) return NotFound();
        var people = await PeopleAsync(enterprise.Id, ct);
        if (await IsValidAsync(input, validator, people, input.PersonId))
        {
            var document = input.DocumentNumber!.Trim();
            if (await db.Penalties.AnyAsync(p => p.DocumentNumber == document, ct))
            {
                ModelState.AddModelError(InputPrefix + "." + nameof(input.DocumentNumber), l["该处罚决定书文号已登记。"]);
            }
            else
            {
                try
                {
                    var details = new PenaltyDetails
                    {
                        SubjectName = enterprise.Name,
                        SubjectCategory = enterprise.SubjectType == SubjectType.IndividualBusiness
                            ? PenaltySubjectCategory.IndividualBusiness : PenaltySubjectCategory.LegalEntity,
                        SubjectCode = enterprise.Code,
                        LegalRepresentative = input.LegalRepresentative,
                        DocumentNumber = document,
                        ViolationType = input.ViolationType!,
                        ViolationFacts = input.ViolationFacts!,
                        LegalBasis = input.LegalBasis!,
                        PenaltyCategory = input.PenaltyCategory!,
                        PenaltyContent = input.PenaltyContent!,
                        FineWanYuan = input.FineWanYuan ?? 0,
                        ConfiscatedWanYuan = input.ConfiscatedWanYuan ?? 0,
                        LicenceAffected = input.LicenceAffected,
                        DecisionDate = input.DecisionDate!.Value,
                        ValidUntil = input.ValidUntil,
                        Authority = input.Authority!,
                        AuthorityCode = input.AuthorityCode,
                        DataSource = input.DataSource!,
                        Procedure = input.Procedure!.Value,
                    };
                    var id = await records.RecordPenaltyAsync(enterprise.Id, input.PersonId, details, RecordActor.NameOf(User), ct);
                    TempData["Success"] = l["已登记行政处罚，信用等级已重新评价。"].Value;
                    return Redirect($"/Records/{id}");
                }
                catch (DomainException e)
                {
                    ModelState.AddModelError(string.Empty, e.Message);
                }
                catch (DbUpdateException)
                {
                    // Two staff entering the same decision at once: the unique index is the last word.
                    ModelState.AddModelError(InputPrefix + "." + nameof(input.DocumentNumber), l["该处罚决定书文号已登记。"]);
                }
            }
        }
        return View(nameof(NewPenalty), new PenaltyFormModel(summary, people, input));
    }

    [HttpGet("Commendations/New")]
    public async Task<IActionResult> NewCommendation(long? enterpriseId, string? code, CancellationToken ct)
    {
        var (enterprise, stop) = await ResolveAsync(enterpriseId, code, l["登记表彰奖励"], "/Records/Commendations/New", ct);
        if (stop is not null) return stop;
        var input = new CommendationInput { EnterpriseId = enterprise!.Id, Date = BureauClock.Today(time) };
        return View(nameof(NewCommendation), new CommendationFormModel(enterprise, await PeopleAsync(enterprise.Id, ct), input));
    }

    [HttpPost("Commendations/New")]
    public async Task<IActionResult> NewCommendation(
        [Bind(Prefix = InputPrefix)] CommendationInput input, [FromServices] IValidator<CommendationInput> validator, CancellationToken ct)
    {
        var enterprise = await queries.EnterpriseAsync(input.EnterpriseId, ct);
        if (enterprise is null) return NotFound();
        var people = await PeopleAsync(enterprise.Id, ct);
        if (await IsValidAsync(input, validator, people, input.PersonId))
        {
            try
            {
                var id = await records.RecordCommendationAsync(enterprise.Id, input.PersonId, input.Date!.Value, input.Title!, input.DocumentNumber, RecordActor.NameOf(User), ct);
                TempData["Success"] = l["已登记表彰奖励，信用等级已重新评价。"].Value;
                return Redirect($"/Records/{id}");
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
        }
        return View(nameof(NewCommendation), new CommendationFormModel(enterprise, people, input));
    }

    private async Task<bool> IsValidAsync<T>(T input, IValidator<T> validator, IReadOnlyList<PersonOption> people, long? personId)
    {
        var validation = await validator.ValidateAsync(input);
        validation.AddTo(ModelState, InputPrefix);
        if (personId is { } id && people.All(p => p.Id != id))
            ModelState.AddModelError(InputPrefix + ".PersonId", l["所选人员不是该企业的关联人员。"]);
        return ModelState.IsValid;
    }

    private async Task<IReadOnlyList<PersonOption>> PeopleAsync(long enterpriseId, CancellationToken ct) =>
        await db.EnterprisePeople.AsNoTracking()
            .Where(p => p.EnterpriseId == enterpriseId)
            .OrderBy(p => p.Role).ThenBy(p => p.Person.Name)
            .Select(p => new PersonOption(p.PersonId, p.Person.Name, p.Role))
            .ToListAsync(ct);

    /// <summary>
    /// The enterprise of an entry page: from <c>?enterpriseId=</c> (links from the enterprise's pages), or from a typed
    /// 统一社会信用代码 (redirects to the id), or asked for first.
    /// </summary>
    private async Task<(EnterpriseSummary? Enterprise, IActionResult? Stop)> ResolveAsync(
        long? enterpriseId, string? code, string heading, string path, CancellationToken ct)
    {
        if (enterpriseId is { } id)
        {
            var enterprise = await queries.EnterpriseAsync(id, ct);
            return enterprise is null ? (null, NotFound()) : (enterprise, null);
        }

        if (string.IsNullOrWhiteSpace(code))
            return (null, View("PickEnterprise", new PickEnterpriseModel(heading, path, null, null)));
        if (!UnifiedSocialCreditCode.TryParse(code, out var parsed, out var error))
            return (null, View("PickEnterprise", new PickEnterpriseModel(heading, path, code, error.Message)));
        var found = await db.Enterprises.AsNoTracking().Where(e => e.Code == parsed.Value).Select(e => (long?)e.Id).FirstOrDefaultAsync(ct);
        return found is { } foundId
            ? (null, Redirect($"{path}?enterpriseId={foundId}"))
            : (null, View("PickEnterprise", new PickEnterpriseModel(heading, path, code, l["未找到该统一社会信用代码对应的企业。"])));
    }
}
