using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Web.Infrastructure;
using FangchengCredit.Web.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.Enterprises;

/// <summary>企业管理: the registry of supervised enterprises and their people, for bureau staff only (enterprise users get 404, see EnterpriseUsersSeeNotFound).</summary>
[Authorize(Policy = Policies.BureauStaff)]
[Route("Enterprises")]
public sealed class EnterprisesController(
    EnterpriseList list, EnterpriseReader reader, EnterpriseRegistry registry, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    public const int ReasonMaxLength = 100;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] EnterpriseFilter filter, CancellationToken cancellationToken) =>
        View(await list.PageAsync(filter, cancellationToken));

    [HttpGet("Export")]
    public async Task<IActionResult> Export([FromQuery] EnterpriseFilter filter, [FromServices] EnterpriseExport export, CancellationToken cancellationToken)
    {
        var stream = await export.WriteAsync(filter, cancellationToken);
        return File(stream, EnterpriseExport.ContentType, EnterpriseExport.FileName(BureauClock.Today(time)));
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken)
    {
        var model = await reader.StaffDetailsAsync(id, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>查看完整身份证号: shows one person's full number in this response only, after recording who asked and why.</summary>
    [HttpPost("{id:long}/People/{personId:long}/Reveal")]
    public async Task<IActionResult> Reveal(long id, long personId, string? reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > ReasonMaxLength)
        {
            TempData["Error"] = l["请填写查看原因（不超过 {0} 个字）。", ReasonMaxLength].Value;
            return RedirectToAction(nameof(Details), new { id });
        }
        var number = await registry.RevealIdNumberAsync(id, personId, reason, cancellationToken);
        if (number is null) return NotFound();
        var model = await reader.StaffDetailsAsync(id, cancellationToken);
        if (model is null) return NotFound();
        // Shown once: not cached, not carried through a redirect, not kept anywhere.
        Response.Headers.CacheControl = "no-store";
        return View(nameof(Details), model with { RevealedPersonId = personId, RevealedIdNumber = number });
    }

    [HttpGet("Create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        var input = new EnterpriseInput
        {
            SubjectType = SubjectType.Enterprise,
            RiskLevel = RiskLevel.Low,
            Standardisation = Domain.Grading.StandardisationGrade.None,
            ActualControllers = [new PersonInput()],
        };
        return await FormAsync(input, cancellationToken);
    }

    [HttpPost("Create")]
    public async Task<IActionResult> Create(EnterpriseInput input, [FromServices] IValidator<EnterpriseInput> validator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.EnterpriseId = null;
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            validation.AddTo(ModelState);
            return await FormAsync(input, cancellationToken);
        }
        var result = await registry.CreateAsync(input, cancellationToken);
        switch (result.Outcome)
        {
            case RegistryOutcome.Saved:
                TempData["Success"] = l["已登记企业“{0}”。", input.Name!.Trim()].Value;
                return RedirectToAction(nameof(Details), new { id = result.EnterpriseId });
            case RegistryOutcome.Duplicate:
                ModelState.AddModelError(nameof(EnterpriseInput.Code), l["该统一社会信用代码已登记，不能重复登记。"]);
                ViewData["DuplicateOf"] = result.EnterpriseId;
                return await FormAsync(input, cancellationToken);
            default:
                AddErrors(result);
                return await FormAsync(input, cancellationToken);
        }
    }

    [HttpGet("{id:long}/Edit")]
    public async Task<IActionResult> Edit(long id, CancellationToken cancellationToken)
    {
        var input = await reader.EditInputAsync(id, cancellationToken);
        if (input is null) return NotFound();
        input.ActualControllers.Add(new PersonInput());
        return await FormAsync(input, cancellationToken);
    }

    [HttpPost("{id:long}/Edit")]
    public async Task<IActionResult> Edit(long id, EnterpriseInput input, [FromServices] IValidator<EnterpriseInput> validator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.EnterpriseId = id;
        input.Code = await reader.CodeAsync(id, cancellationToken);
        if (input.Code is null) return NotFound();
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            validation.AddTo(ModelState);
            return await FormAsync(input, cancellationToken);
        }
        var result = await registry.UpdateAsync(id, input, cancellationToken);
        switch (result.Outcome)
        {
            case RegistryOutcome.NotFound:
                return NotFound();
            case RegistryOutcome.Saved:
                TempData["Success"] = l["已保存企业信息。"].Value;
                return RedirectToAction(nameof(Details), new { id });
            case RegistryOutcome.Unchanged:
                TempData["Success"] = l["没有需要保存的修改。"].Value;
                return RedirectToAction(nameof(Details), new { id });
            case RegistryOutcome.Stale:
                ModelState.AddModelError(string.Empty, l["数据已被他人修改，请刷新后重试。"]);
                return await FormAsync(input, cancellationToken);
            default:
                AddErrors(result);
                return await FormAsync(input, cancellationToken);
        }
    }

    [HttpPost("{id:long}/Status")]
    public async Task<IActionResult> Status(long id, StatusInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var result = await registry.ChangeStatusAsync(id, input, cancellationToken);
        switch (result.Outcome)
        {
            case RegistryOutcome.NotFound:
                return NotFound();
            case RegistryOutcome.Saved:
                TempData["Success"] = l["经营状态已变更为“{0}”。", l[input.Status!.Value.ChineseName()]].Value;
                break;
            case RegistryOutcome.Stale:
                TempData["Error"] = l["数据已被他人修改，请刷新后重试。"].Value;
                break;
            case RegistryOutcome.Invalid:
                TempData["Error"] = string.Join(" ", result.FieldErrors.Select(e => e.Value));
                break;
        }
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:long}/Accounts/Create")]
    public async Task<IActionResult> CreateAccount(long id, [FromServices] EnterpriseAccounts accounts, CancellationToken cancellationToken)
    {
        var page = await accounts.PageAsync(id, new EnterpriseAccountInput(), cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("{id:long}/Accounts/Create")]
    public async Task<IActionResult> CreateAccount(
        long id, [Bind(Prefix = "Input")] EnterpriseAccountInput input, [FromServices] EnterpriseAccounts accounts,
        [FromServices] IValidator<EnterpriseAccountInput> validator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var page = await accounts.PageAsync(id, input, cancellationToken);
        if (page is null) return NotFound();
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            validation.AddTo(ModelState, "Input");
            return View(page);
        }
        var errors = await accounts.CreateAsync(id, input, cancellationToken);
        if (errors.Count > 0)
        {
            foreach (var (key, message) in errors) ModelState.AddModelError(key.Length == 0 ? string.Empty : "Input." + key, message);
            return View(page);
        }
        TempData["Success"] = l["已为本企业开通账号 {0}。", input.Email!.Trim()].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> FormAsync(EnterpriseInput input, CancellationToken cancellationToken)
    {
        ViewData["Industries"] = await list.IndustryOptionsAsync(cancellationToken);
        ViewData["Townships"] = await list.TownshipOptionsAsync(cancellationToken);
        return View(input.IsNew ? nameof(Create) : nameof(Edit), input);
    }

    private void AddErrors(RegistryResult result)
    {
        foreach (var (key, message) in result.FieldErrors) ModelState.AddModelError(key, message);
    }
}
