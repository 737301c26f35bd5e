namespace FangchengCredit.Web.Features.Api;

/// <summary>An enterprise as the partner API returns it: Chinese names for every coded value, ID numbers masked.</summary>
public sealed record EnterpriseResponse
{
    /// <summary>统一社会信用代码</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>主体类型: 企业 / 个体工商户 / 农民专业合作社 / 其他</summary>
    public required string SubjectType { get; init; }

    /// <summary>行业 (reference name)</summary>
    public required string Industry { get; init; }

    /// <summary>乡镇街道 statistical code, 411322xxx</summary>
    public required string TownshipCode { get; init; }

    /// <summary>乡镇街道 (reference name)</summary>
    public required string Township { get; init; }

    public string? Address { get; init; }

    public string? ContactPhone { get; init; }

    /// <summary>安全风险等级: 重大 / 较大 / 一般 / 低</summary>
    public required string RiskLevel { get; init; }

    /// <summary>重大危险源</summary>
    public bool MajorHazardSource { get; init; }

    /// <summary>安全生产标准化等级: 一级 / 二级 / 三级 / 无</summary>
    public required string Standardisation { get; init; }

    /// <summary>安责险有效期至 (yyyy-MM-dd)</summary>
    public DateOnly? LiabilityInsuranceValidUntil { get; init; }

    /// <summary>经营状态: 在营 / 停产整顿 / 注销</summary>
    public required string Status { get; init; }

    public DateOnly RegisteredOn { get; init; }

    public required IReadOnlyList<PersonResponse> Persons { get; init; }
}

/// <summary>A linked person; the ID number is always masked (4113**********123X).</summary>
public sealed record PersonResponse(string Role, string Name, string IdNumber, DateOnly Since);

/// <summary>200: every row saved.</summary>
public sealed record ImportSummaryResponse(int Created, int Updated);

/// <summary>422: nothing saved; every error of every row.</summary>
public sealed record ImportErrorsResponse(IReadOnlyList<ImportErrorItem> Errors);

/// <summary>Row as Excel numbers it (header = 1); column by its header name.</summary>
public sealed record ImportErrorItem(int Row, string Column, string Message);
