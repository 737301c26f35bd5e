using FangchengCredit.Data;
using FangchengCredit.Domain.Calendar;
using FangchengCredit.Domain.Common;
using FangchengCredit.Web.Infrastructure;
using FangchengCredit.Web.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.Admin.Calendar;

public sealed class HolidayYearInput
{
    public int Year { get; set; }

    public string? OffDays { get; set; }

    public string? WorkingWeekendDays { get; set; }

    /// <summary>0 for a new year.</summary>
    public int? Version { get; set; }
}

public sealed record CalendarIndexModel(IReadOnlyList<StoredHolidayYear> Years, int CurrentYear);

public sealed record HolidayYearFormModel(HolidayYearInput Input, bool IsNew);

internal sealed class HolidayYearInputValidator : AbstractValidator<HolidayYearInput>
{
    public HolidayYearInputValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(i => i.Year).InclusiveBetween(2000, 2100).WithMessage(l["年份应在 2000–2100 之间"]);
    }
}

/// <summary>工作日历: the holiday years the working-day deadlines are counted on; an administrator adds each new year.</summary>
[Authorize(Policy = Policies.Administrator)]
[Route("Admin/Calendar")]
public sealed class CalendarController(AppDbContext db, TimeProvider time, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new CalendarIndexModel(await db.HolidayYears.AsNoTracking().OrderByDescending(y => y.Year).ToListAsync(ct), BureauClock.Today(time).Year));

    [HttpGet("New")]
    public IActionResult New() =>
        View("Form", new HolidayYearFormModel(new HolidayYearInput { Year = BureauClock.Today(time).Year + 1 }, true));

    [HttpGet("{year:int}")]
    public async Task<IActionResult> Edit(int year, CancellationToken ct)
    {
        var stored = await db.HolidayYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == year, ct);
        if (stored is null) return NotFound();
        return View("Form", new HolidayYearFormModel(
            new HolidayYearInput { Year = year, OffDays = stored.OffDays, WorkingWeekendDays = stored.WorkingWeekendDays, Version = stored.Version }, false));
    }

    [HttpPost("Save")]
    public async Task<IActionResult> Save([Bind(Prefix = "Input")] HolidayYearInput input, [FromServices] IValidator<HolidayYearInput> validator, CancellationToken ct)
    {
        var isNew = input.Version is null;
        (await validator.ValidateAsync(input, ct)).AddTo(ModelState, "Input");
        if (ModelState.IsValid)
        {
            try
            {
                var year = StoredHolidayYear.Parse(input.Year, input.OffDays, input.WorkingWeekendDays);
                var stored = await db.HolidayYears.SingleOrDefaultAsync(y => y.Year == input.Year, ct);
                if (isNew)
                {
                    if (stored is not null) throw new DomainException($"{input.Year} 年的日历已存在，请修改该年");
                    db.HolidayYears.Add(new StoredHolidayYear(year));
                }
                else
                {
                    if (stored is null) return NotFound();
                    db.Entry(stored).Property(y => y.Version).OriginalValue = input.Version!.Value;
                    stored.Replace(year);
                }
                await db.SaveChangesAsync(ct);
                TempData["Success"] = l["已保存 {0} 年的工作日历。", input.Year].Value;
                return Redirect("/Admin/Calendar");
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
        return View("Form", new HolidayYearFormModel(input, isNew));
    }
}
