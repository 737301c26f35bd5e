using System.Security.Claims;
using FangchengCredit.Web.Features.Credit;
using FangchengCredit.Web.Features.Records;
using Microsoft.AspNetCore.Mvc;

namespace FangchengCredit.Web.Features.Reports;

/// <summary>信用报告: a printable A4 page for bureau staff and for the enterprise itself, with a verification code.</summary>
[Route("Reports/Credit")]
public sealed class ReportsController(CreditReportService reports) : Controller
{
    [HttpGet("{enterpriseId:long}")]
    public async Task<IActionResult> Credit(long enterpriseId, CancellationToken ct)
    {
        if (!CreditAccess.CanSee(User, enterpriseId)) return NotFound();
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return NotFound();
        var model = await reports.IssueAsync(enterpriseId, userId, RecordActor.NameOf(User), ct);
        return model is null ? NotFound() : View(model);
    }
}
