using FangchengCredit.Data;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Identifiers;
using FangchengCredit.Web.Infrastructure;
using FangchengCredit.Web.Infrastructure.Api;
using FangchengCredit.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.Credit;

/// <summary>
/// 联合奖惩 check for other departments: an enterprise's current grade, why, and which incentives and punishments apply.
/// API key (<c>X-Api-Key</c>) or a signed-in bureau user.
/// </summary>
[ApiController]
[Route("api/v1/credit")]
[Authorize(Policy = ApiServices.PartnerPolicy)]
[EnableRateLimiting(ApiServices.PartnerRateLimit)]
[IgnoreAntiforgeryToken]
public sealed class CreditApiController(AppDbContext db, CreditGradingService grading, TimeProvider time, IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <param name="code">统一社会信用代码 (18 characters).</param>
    [HttpGet("{code}")]
    [ProducesResponseType<CreditApiResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Get(string code, CancellationToken ct)
    {
        if (!UnifiedSocialCreditCode.TryParse(code, out var parsed, out var error))
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: l["统一社会信用代码格式不正确"], detail: error.Message);

        var enterprise = await EnterpriseByCode.For(db)(db, parsed.Value, ct);
        if (enterprise is null)
            return Problem(statusCode: StatusCodes.Status404NotFound, title: l["未找到该企业"], detail: l["没有统一社会信用代码为 {0} 的在册企业。", parsed.Value]);

        var today = BureauClock.Today(time);
        var current = await grading.CurrentAsync(enterprise.Id, ct);
        if (current is not null && !current.HoldsOn(today))
        {
            // The stored result's stretch has run out (the daily job has not run yet today): answer for today.
            await grading.RefreshAsync(enterprise.Id, ct);
            current = await grading.CurrentAsync(enterprise.Id, ct);
        }
        if (current is null)
            return Problem(statusCode: StatusCodes.Status404NotFound, title: l["未找到该企业"], detail: l["没有统一社会信用代码为 {0} 的在册企业。", parsed.Value]);

        var measures = JointIncentivesAndPunishments.Check(current.Grade, isBlacklisted: false);
        return Ok(CreditApiResponse.From(enterprise.Code, enterprise.Name, current, current.ShownAsOf(today), ExplanationJson.Parse(current.ExplanationJson), measures));
    }

    // Compiled once: the partners' hot path skips EF's per-call parameter extraction and query cache lookup (docs/benchmarks.md).
    private static readonly CompiledQuery<Func<AppDbContext, string, CancellationToken, Task<EnterpriseName?>>> EnterpriseByCode = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, string code, CancellationToken ct) => db.Enterprises.AsNoTracking()
            .Where(e => e.Code == code)
            .Select(e => new EnterpriseName(e.Id, e.Code, e.Name))
            .FirstOrDefault()));

    private sealed record EnterpriseName(long Id, string Code, string Name);
}

/// <summary>The credit API's answer. Dates are yyyy-MM-dd.</summary>
public sealed record CreditApiResponse(
    string Code,
    string Name,
    int Score,
    string Grade,
    string RuleVersion,
    string EvaluatedAt,
    CreditApiNextChange? NextChange,
    IReadOnlyList<CreditApiExplanation> Explanation,
    IReadOnlyList<CreditApiMeasure> Incentives,
    IReadOnlyList<CreditApiMeasure> Punishments)
{
    internal static CreditApiResponse From(
        string code, string name, CurrentCreditGrade current, DateOnly asOf, IReadOnlyList<ExplanationEntry> explanation, JointMeasures measures) =>
        new(
            code,
            name,
            current.Score,
            current.Grade.ToString(),
            current.RuleVersion,
            IsoDate(asOf),
            current.NextChange is { } next && current.NextChangeGrade is { } grade ? new CreditApiNextChange(IsoDate(next), grade.ToString()) : null,
            explanation.Select(e => new CreditApiExplanation(e.RecordId, e.Category, e.Points, e.Rule, e.CountsUntil is { } d ? IsoDate(d) : null)).ToList(),
            measures.Incentives.Select(CreditApiMeasure.From).ToList(),
            measures.Punishments.Select(CreditApiMeasure.From).ToList());

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The first day the grade changes if nothing new is recorded, and the grade from then on.</summary>
public sealed record CreditApiNextChange(string Date, string Grade);

/// <summary>One counted record or bonus: <c>recordId</c> is null for the standardisation and insurance bonuses.</summary>
public sealed record CreditApiExplanation(long? RecordId, string Category, int Points, string Rule, string? CountsUntil);

public sealed record CreditApiMeasure(string Kind, string Name, string Reason)
{
    internal static CreditApiMeasure From(JointMeasure measure) => new(measure.Kind.ToString(), measure.Name, measure.Reason);
}
