using System.Security.Claims;
using FangchengCredit.Data;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Identifiers;
using FangchengCredit.Web.Features.EnterpriseImport;
using FangchengCredit.Web.Infrastructure.Api;
using FangchengCredit.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.Api;

/// <summary>Partner API v1 (provincial platform, other departments): enterprise look-up and 台账 import.</summary>
[ApiController]
[Route("api/v1/enterprises")]
[EnableRateLimiting(ApiServices.PartnerRateLimit)]
public sealed class EnterprisesApiController(AppDbContext db, IStringLocalizer<SharedResource> l, ILogger<EnterprisesApiController> logger) : ControllerBase
{
    /// <summary>One enterprise by its 统一社会信用代码, with its linked persons (ID numbers masked).</summary>
    [HttpGet("{code}")]
    [EndpointSummary("按统一社会信用代码查询企业 / Look up an enterprise by its unified social credit code")]
    [EndpointDescription("返回企业基本信息及法定代表人、主要负责人、实际控制人（身份证号已脱敏）。代码格式错误返回 400，未登记返回 404。API 密钥或局内工作人员登录均可。")]
    [Authorize(Policy = ApiServices.PartnerPolicy)]
    [ProducesResponseType<EnterpriseResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(string code, CancellationToken cancellationToken)
    {
        if (!UnifiedSocialCreditCode.TryParse(code, out var parsed, out var error))
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: l["统一社会信用代码格式不正确"], detail: error.Message);

        var enterprise = await (
                from row in db.Enterprises.AsNoTracking()
                join i in db.Industries.AsNoTracking() on row.IndustryId equals i.Id
                join t in db.Townships.AsNoTracking() on row.TownshipCode equals t.Code
                where row.Code == parsed.Value
                select new { row.Id, Enterprise = row, Industry = i.Name, Township = t.Name })
            .FirstOrDefaultAsync(cancellationToken);
        logger.LogInformation("API client {ApiClient} looked up enterprise {Code}: {Found}", Client, parsed.Value, enterprise is not null);
        if (enterprise is null)
            return Problem(statusCode: StatusCodes.Status404NotFound, title: l["未找到企业"], detail: l["没有统一社会信用代码为 {0} 的企业。", parsed.Value]);

        var people = await (
                from ep in db.EnterprisePeople.AsNoTracking()
                join p in db.People.AsNoTracking() on ep.PersonId equals p.Id
                where ep.EnterpriseId == enterprise.Id
                orderby ep.Role, p.Name
                select new { ep.Role, p.Name, p.IdNumber, ep.Since })
            .ToListAsync(cancellationToken);

        var e = enterprise.Enterprise;
        return Ok(new EnterpriseResponse
        {
            Code = e.Code,
            Name = e.Name,
            SubjectType = e.SubjectType.ChineseName(),
            Industry = enterprise.Industry,
            TownshipCode = e.TownshipCode,
            Township = enterprise.Township,
            Address = e.Address,
            ContactPhone = e.ContactPhone,
            RiskLevel = e.RiskLevel.ChineseName(),
            MajorHazardSource = e.HasMajorHazardSource,
            Standardisation = e.Standardisation.ChineseName(),
            LiabilityInsuranceValidUntil = e.LiabilityInsuranceValidUntil,
            Status = e.Status.ChineseName(),
            RegisteredOn = e.RegisteredOn,
            Persons = people.Select(p => new PersonResponse(p.Role.ChineseName(), p.Name, ResidentIdNumber.Mask(p.IdNumber), p.Since)).ToList(),
        });
    }

    /// <summary>
    /// Imports a 台账 (.xlsx or .csv, multipart field <c>file</c>), all or nothing: 200 with the counts when every row was saved,
    /// 422 with every error of every row when any row is bad (nothing saved). API key only.
    /// </summary>
    [HttpPost("import")]
    [EndpointSummary("导入企业台账 / Import the enterprise ledger (.xlsx or .csv)")]
    [EndpointDescription("multipart/form-data，字段名 file。全部成功才保存：任一行有误返回 422 并列出每一行的每个错误，不保存任何数据；成功返回 200 与新增、更新的数量。仅限 API 密钥。")]
    [Authorize(AuthenticationSchemes = ApiKeyAuthenticationHandler.SchemeName)]
    [IgnoreAntiforgeryToken]
    [Consumes("multipart/form-data")]
    [RequestSizeLimit(EnterpriseImporter.RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = EnterpriseImporter.RequestLimit)]
    [ProducesResponseType<ImportSummaryResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ImportErrorsResponse>(StatusCodes.Status422UnprocessableEntity, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Import(IFormFile? file, [FromServices] EnterpriseImporter importer, CancellationToken cancellationToken)
    {
        if (file is null)
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: l["缺少文件"], detail: l["请以 multipart/form-data 上传文件，字段名为 file。"]);

        await using var content = file.OpenReadStream();
        var result = await importer.ImportAsync(content, file.FileName, cancellationToken);
        logger.LogInformation("API client {ApiClient} imported {Rows} enterprise rows: {Outcome}, {Created} created, {Updated} updated, {Errors} errors",
            Client, result.RowCount, result.Outcome, result.Created.Count, result.Updated.Count, result.Errors.Count);
        return result.Outcome switch
        {
            EnterpriseImportOutcome.Saved => Ok(new ImportSummaryResponse(result.Created.Count, result.Updated.Count)),
            EnterpriseImportOutcome.RowErrors => UnprocessableEntity(new ImportErrorsResponse(
                result.Errors.Select(e => new ImportErrorItem(e.Row, e.Column, e.Message)).ToList())),
            EnterpriseImportOutcome.MissingColumns => UnprocessableEntity(new ImportErrorsResponse(
                result.MissingColumns.Select(c => new ImportErrorItem(1, c, l["表头缺少此列"])).ToList())),
            EnterpriseImportOutcome.Conflict => Problem(statusCode: StatusCodes.Status409Conflict, title: l["数据冲突"], detail: result.Message),
            _ => Problem(statusCode: StatusCodes.Status400BadRequest, title: l["无法读取文件"], detail: result.Message),
        };
    }

    private string Client => User.FindFirstValue(ApiKeyAuthenticationHandler.ClientClaim) ?? "cookie:" + (User.Identity?.Name ?? "?");
}
