using FangchengCredit.Data;
using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Licensing;
using FangchengCredit.Web.Infrastructure;
using FangchengCredit.Web.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.Admin.LicenceTypes;

public sealed class LicenceTypeInput
{
    public string? Name { get; set; }

    public int DecisionWorkingDays { get; set; }

    public int ValidityMonths { get; set; }
}

public sealed record LicenceTypesModel(IReadOnlyList<LicenceType> Types, LicenceTypeInput Input);

internal sealed class LicenceTypeInputValidator : AbstractValidator<LicenceTypeInput>
{
    public LicenceTypeInputValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(i => i.Name).NotEmpty().WithMessage(l["请填写许可证名称"])
            .MaximumLength(LicenceType.NameMaxLength).WithMessage(l["许可证名称不能超过 64 个字符"]);
        RuleFor(i => i.DecisionWorkingDays).InclusiveBetween(1, 120).WithMessage(l["法定办结时限应为 1–120 个工作日"]);
        RuleFor(i => i.ValidityMonths).InclusiveBetween(1, 120).WithMessage(l["有效期应为 1–120 个月"]);
    }
}

/// <summary>许可证种类: the licence types with their statutory decision time and validity; administrators add and switch them off.</summary>
[Authorize(Policy = Policies.Administrator)]
[Route("Admin/LicenceTypes")]
public sealed class LicenceTypesController(AppDbContext db, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new LicenceTypesModel(await db.LicenceTypes.AsNoTracking().OrderBy(t => t.Id).ToListAsync(ct), new LicenceTypeInput { DecisionWorkingDays = 20, ValidityMonths = 36 }));

    [HttpPost("")]
    public async Task<IActionResult> Add([Bind(Prefix = "Input")] LicenceTypeInput input, [FromServices] IValidator<LicenceTypeInput> validator, CancellationToken ct)
    {
        (await validator.ValidateAsync(input, ct)).AddTo(ModelState, "Input");
        if (ModelState.IsValid)
        {
            var name = input.Name!.Trim();
            if (await db.LicenceTypes.AnyAsync(t => t.Name == name, ct))
            {
                ModelState.AddModelError("Input.Name", l["该许可证种类已存在"]);
            }
            else
            {
                try
                {
                    db.LicenceTypes.Add(new LicenceType(name, input.DecisionWorkingDays, input.ValidityMonths));
                    await db.SaveChangesAsync(ct);
                    TempData["Success"] = l["已添加许可证种类。"].Value;
                    return Redirect("/Admin/LicenceTypes");
                }
                catch (DomainException e)
                {
                    ModelState.AddModelError(string.Empty, e.Message);
                }
            }
        }
        return View(nameof(Index), new LicenceTypesModel(await db.LicenceTypes.AsNoTracking().OrderBy(t => t.Id).ToListAsync(ct), input));
    }

    [HttpPost("{id:int}/Active")]
    public async Task<IActionResult> Active(int id, bool active, CancellationToken ct)
    {
        var type = await db.LicenceTypes.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (type is null) return NotFound();
        if (active) type.Activate();
        else type.Deactivate();
        await db.SaveChangesAsync(ct);
        return Redirect("/Admin/LicenceTypes");
    }
}
