using System.Security.Claims;
using FangchengCredit.Data;
using FangchengCredit.Web.Features.Records;
using FangchengCredit.Web.Infrastructure;
using FangchengCredit.Web.Infrastructure.Spreadsheets;
using FangchengCredit.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.RecordImport;

/// <summary>批量导入行政处罚、生产安全事故: upload, see every problem, or what was recorded and whose grade changed.</summary>
[Authorize(Policy = Policies.BureauStaff)]
[Route("Records/Import")]
public sealed class RecordImportController(
    RecordImporter importer, RecordImportResultStore results, RowErrorReport reports, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public IActionResult Index(RecordImportKind kind = RecordImportKind.Penalties) => View(new RecordImportPage(kind));

    [HttpPost("")]
    [RequestSizeLimit(RecordImporter.RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RecordImporter.RequestLimit)]
    public async Task<IActionResult> Index(RecordImportKind? kind, IFormFile? file, CancellationToken cancellationToken)
    {
        if (kind is null || !Enum.IsDefined(kind.Value))
        {
            ModelState.AddModelError("kind", l["请选择导入类型。"]);
            return View(new RecordImportPage(RecordImportKind.Penalties));
        }
        if (file is null)
        {
            ModelState.AddModelError("file", l["请选择要导入的 .xlsx 或 .csv 文件。"]);
            return View(new RecordImportPage(kind.Value));
        }
        await using var content = file.OpenReadStream();
        var result = await importer.ImportAsync(kind.Value, content, file.FileName, RecordActor.NameOf(User), cancellationToken);
        if (result.Outcome is RecordImportOutcome.Unreadable or RecordImportOutcome.MissingColumns or RecordImportOutcome.Conflict)
        {
            ModelState.AddModelError("file", result.Message ?? string.Empty);
            return View(new RecordImportPage(kind.Value));
        }
        var id = results.Save(UserId, result);
        return RedirectToAction(nameof(Result), new { id });
    }

    [HttpGet("Result/{id}")]
    public IActionResult Result(string id)
    {
        var result = results.Find(id, UserId);
        return result is null ? Expired() : View(new RecordImportResultPage(id, result));
    }

    [HttpGet("Result/{id}/Report")]
    public IActionResult Report(string id)
    {
        var result = results.Find(id, UserId);
        if (result is null) return Expired();
        var name = result.Kind == RecordImportKind.Penalties ? l["行政处罚导入错误报告.xlsx"] : l["生产安全事故导入错误报告.xlsx"];
        return File(reports.ToXlsx(result.Errors), RowErrorReport.ContentType, name);
    }

    [HttpGet("Template/Penalties")]
    public Task<IActionResult> PenaltyTemplate([FromServices] AppDbContext db, [FromServices] RecordImportTemplate template,
        [FromServices] IConfiguration configuration, [FromServices] TimeProvider time) =>
        TemplateAsync(RecordImportKind.Penalties, l["行政处罚导入模板.xlsx"], db, template, configuration, time);

    [HttpGet("Template/Accidents")]
    public Task<IActionResult> AccidentTemplate([FromServices] AppDbContext db, [FromServices] RecordImportTemplate template,
        [FromServices] IConfiguration configuration, [FromServices] TimeProvider time) =>
        TemplateAsync(RecordImportKind.Accidents, l["生产安全事故导入模板.xlsx"], db, template, configuration, time);

    private async Task<IActionResult> TemplateAsync(
        RecordImportKind kind, string fileName, AppDbContext db, RecordImportTemplate template, IConfiguration configuration, TimeProvider time)
    {
        // The example names a registered enterprise, so the template imports as it is.
        var example = await db.Enterprises.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.Code, e.Name }).FirstOrDefaultAsync();
        var bytes = template.ToXlsx(kind, example?.Code, example?.Name, BureauClock.Today(time), configuration["Records:Authority"] ?? "方城县应急管理局");
        return File(bytes, RowErrorReport.ContentType, fileName);
    }

    private ViewResult Expired()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View(nameof(Expired));
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
}

public sealed record RecordImportPage(RecordImportKind Kind);

public sealed record RecordImportResultPage(string Id, RecordImportResult Result)
{
    /// <summary>Longer lists are cut on screen; the .xlsx report always holds every error.</summary>
    public const int ShownOnScreen = 1000;
}
