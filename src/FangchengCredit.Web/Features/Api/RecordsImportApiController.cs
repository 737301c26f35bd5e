using System.Security.Claims;
using FangchengCredit.Web.Features.RecordImport;
using FangchengCredit.Web.Infrastructure.Api;
using FangchengCredit.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.Api;

/// <summary>
/// Partner API v1: 行政处罚 and 生产安全事故 import, with the contract of the enterprise import — multipart field <c>file</c>;
/// 200 with the count (and the regraded enterprises) when every row was saved, 422 with every error of every row (nothing saved). API key only.
/// </summary>
[ApiController]
[Route("api/v1")]
[EnableRateLimiting(ApiServices.PartnerRateLimit)]
[Authorize(AuthenticationSchemes = ApiKeyAuthenticationHandler.SchemeName)]
[IgnoreAntiforgeryToken]
public sealed class RecordsImportApiController(RecordImporter importer, IStringLocalizer<SharedResource> l, ILogger<RecordsImportApiController> logger) : ControllerBase
{
    [HttpPost("penalties/import")]
    [EndpointSummary("导入行政处罚 / Import administrative penalties (.xlsx or .csv)")]
    [EndpointDescription("multipart/form-data，字段名 file。表头：行政相对人名称、统一社会信用代码、法定代表人、处罚决定书文号、违法行为类型、违法事实、处罚依据、处罚类别、处罚内容、罚款金额(万元)、没收违法所得(万元)、暂扣或吊销证照名称及编号、处罚决定日期、处罚机关、程序类别。全部成功才保存：任一行有误返回 422 并列出每一行的每个错误，不保存任何数据；成功返回 200、新增记录数和重新评价的企业（评价前后的等级）。仅限 API 密钥。")]
    [Consumes("multipart/form-data")]
    [RequestSizeLimit(RecordImporter.RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RecordImporter.RequestLimit)]
    [ProducesResponseType<RecordImportSummaryResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ImportErrorsResponse>(StatusCodes.Status422UnprocessableEntity, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<IActionResult> ImportPenalties(IFormFile? file, CancellationToken cancellationToken) =>
        ImportAsync(RecordImportKind.Penalties, file, cancellationToken);

    [HttpPost("accidents/import")]
    [EndpointSummary("导入生产安全事故 / Import work-safety accidents (.xlsx or .csv)")]
    [EndpointDescription("multipart/form-data，字段名 file。表头：统一社会信用代码、事故发生日期、事故地点、死亡人数、重伤人数、直接经济损失(元)、是否责任事故、是否瞒报谎报、事故简要经过（是/否）。事故等级由平台按国务院令第493号计算。全部成功才保存：任一行有误返回 422 并列出每一行的每个错误，不保存任何数据；成功返回 200、新增记录数和重新评价的企业。仅限 API 密钥。")]
    [Consumes("multipart/form-data")]
    [RequestSizeLimit(RecordImporter.RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RecordImporter.RequestLimit)]
    [ProducesResponseType<RecordImportSummaryResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ImportErrorsResponse>(StatusCodes.Status422UnprocessableEntity, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<IActionResult> ImportAccidents(IFormFile? file, CancellationToken cancellationToken) =>
        ImportAsync(RecordImportKind.Accidents, file, cancellationToken);

    private async Task<IActionResult> ImportAsync(RecordImportKind kind, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: l["缺少文件"], detail: l["请以 multipart/form-data 上传文件，字段名为 file。"]);

        await using var content = file.OpenReadStream();
        var result = await importer.ImportAsync(kind, content, file.FileName, "api:" + Client, cancellationToken);
        logger.LogInformation("API client {ApiClient} imported {Rows} {Kind} rows: {Outcome}, {Created} created, {Errors} errors",
            Client, result.RowCount, kind, result.Outcome, result.Created, result.Errors.Count);
        return result.Outcome switch
        {
            RecordImportOutcome.Saved => Ok(new RecordImportSummaryResponse(
                result.Created,
                result.Regraded.Select(g => new RegradedEnterprise(g.Code, g.Name, g.OldGrade?.ToString(), g.OldScore, g.NewGrade.ToString(), g.NewScore)).ToList())),
            RecordImportOutcome.RowErrors => UnprocessableEntity(new ImportErrorsResponse(
                result.Errors.Select(e => new ImportErrorItem(e.Row, e.Column, e.Message)).ToList())),
            RecordImportOutcome.MissingColumns => UnprocessableEntity(new ImportErrorsResponse(
                result.MissingColumns.Select(c => new ImportErrorItem(1, c, l["表头缺少此列"])).ToList())),
            RecordImportOutcome.Conflict => Problem(statusCode: StatusCodes.Status409Conflict, title: l["数据冲突"], detail: result.Message),
            _ => Problem(statusCode: StatusCodes.Status400BadRequest, title: l["无法读取文件"], detail: result.Message),
        };
    }

    private string Client => User.FindFirstValue(ApiKeyAuthenticationHandler.ClientClaim) ?? "?";
}

/// <summary>200 of a record import: records created, and every enterprise regraded once (grades A–D; old null when never graded).</summary>
public sealed record RecordImportSummaryResponse(int Created, IReadOnlyList<RegradedEnterprise> Regraded);

public sealed record RegradedEnterprise(string Code, string Name, string? OldGrade, int? OldScore, string NewGrade, int NewScore);
