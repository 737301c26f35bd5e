using System.Security.Claims;
using FangchengCredit.Data;
using FangchengCredit.Web.Infrastructure;
using FangchengCredit.Web.Infrastructure.Spreadsheets;
using FangchengCredit.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.EnterpriseImport;

/// <summary>批量导入企业: upload the 台账, see every problem or what was created and updated.</summary>
[Route("Enterprises/Import")]
// Enterprise users are refused like everywhere else, and the global handler answers them 404.
[Authorize(Policy = Policies.BureauStaff)]
public sealed class EnterpriseImportController(
    EnterpriseImporter importer, ImportResultStore results, RowErrorReport reports, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View();

    [HttpPost("")]
    [RequestSizeLimit(EnterpriseImporter.RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = EnterpriseImporter.RequestLimit)]
    public async Task<IActionResult> Index(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            ModelState.AddModelError("file", l["请选择要导入的 .xlsx 或 .csv 文件。"]);
            return View();
        }
        await using var content = file.OpenReadStream();
        var result = await importer.ImportAsync(content, file.FileName, cancellationToken);
        if (result.Outcome is EnterpriseImportOutcome.Unreadable or EnterpriseImportOutcome.MissingColumns or EnterpriseImportOutcome.Conflict)
        {
            ModelState.AddModelError("file", result.Message ?? string.Empty);
            return View();
        }
        var id = results.Save(UserId, result);
        return RedirectToAction(nameof(Result), new { id });
    }

    [HttpGet("Result/{id}")]
    public IActionResult Result(string id)
    {
        var result = results.Find(id, UserId);
        return result is null ? Expired() : View(new ImportResultPage(id, result));
    }

    [HttpGet("Result/{id}/Report")]
    public IActionResult Report(string id)
    {
        var result = results.Find(id, UserId);
        if (result is null) return Expired();
        return File(reports.ToXlsx(result.Errors), RowErrorReport.ContentType, l["企业导入错误报告.xlsx"]);
    }

    [HttpGet("Template")]
    public async Task<IActionResult> Template([FromServices] AppDbContext db, [FromServices] EnterpriseImportTemplate template)
    {
        // The example is a chemicals company, so it names that industry while it is offered.
        var industries = await db.Industries.AsNoTracking().Where(i => i.IsActive).OrderBy(i => i.SortOrder).Select(i => i.Name).ToListAsync();
        var industry = industries.Contains("危险化学品") ? "危险化学品" : industries.FirstOrDefault() ?? string.Empty;
        var township = await db.Townships.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.SortOrder).Select(t => t.Name).FirstOrDefaultAsync() ?? string.Empty;
        return File(template.ToXlsx(industry, township), RowErrorReport.ContentType, l["企业信息导入模板.xlsx"]);
    }

    private ViewResult Expired()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View(nameof(Expired));
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
}

public sealed record ImportResultPage(string Id, EnterpriseImportResult Result)
{
    /// <summary>Longer lists are cut on screen; the .xlsx report always holds every error.</summary>
    public const int ShownOnScreen = 1000;
}
