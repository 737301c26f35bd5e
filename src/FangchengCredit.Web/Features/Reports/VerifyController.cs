using FangchengCredit.Domain.Reports;
using FangchengCredit.Web.Features.Credit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace FangchengCredit.Web.Features.Reports;

/// <summary>
/// 报告验证 (public, anonymous): whether a report with this code was issued, for whom, when, and whether its grade is still
/// current. Rate-limited per address so codes cannot be tried in bulk.
/// </summary>
[AllowAnonymous]
[Route("verify")]
[EnableRateLimiting(CreditServices.VerifyRateLimit)]
public sealed class VerifyController(CreditReportService reports) : Controller
{
    [HttpGet("")]
    public IActionResult Index(string? code)
    {
        if (!string.IsNullOrWhiteSpace(code))
        {
            return ReportVerificationCode.TryNormalise(code, out var normalised)
                ? Redirect("/verify/" + ReportVerificationCode.Format(normalised))
                : View("Result", new VerificationModel(code, null, false));
        }
        return View();
    }

    [HttpGet("{code}")]
    public async Task<IActionResult> Result(string code, CancellationToken ct) => View("Result", await reports.VerifyAsync(code, ct));
}
