namespace FangchengCredit.Web.Features.EnterpriseImport;

/// <summary>The columns of the enterprise import (domain.md §3), in the template's order. The names are the file format.</summary>
public static class EnterpriseImportColumns
{
    public const string Code = "统一社会信用代码";
    public const string Name = "企业名称";
    public const string SubjectType = "主体类型";
    public const string Industry = "行业";
    public const string Township = "乡镇街道";
    public const string Address = "地址";
    public const string Phone = "联系电话";
    public const string LegalRepresentative = "法定代表人";
    public const string LegalRepresentativeId = "法定代表人身份证号";
    public const string Principal = "主要负责人";
    public const string PrincipalId = "主要负责人身份证号";
    public const string ActualController = "实际控制人";
    public const string ActualControllerId = "实际控制人身份证号";
    public const string RiskLevel = "安全风险等级";
    public const string MajorHazardSource = "重大危险源";
    public const string Standardisation = "标准化等级";
    public const string InsuranceValidUntil = "安责险有效期至";

    public static readonly IReadOnlyList<string> All =
    [
        Code, Name, SubjectType, Industry, Township, Address, Phone, LegalRepresentative, LegalRepresentativeId,
        Principal, PrincipalId, ActualController, ActualControllerId, RiskLevel, MajorHazardSource, Standardisation, InsuranceValidUntil,
    ];

    /// <summary>Every column but the last six must be in the header row and filled in on every row.</summary>
    public static readonly IReadOnlyList<string> Required = All.Take(11).ToList();

    /// <summary>The last six: may be left out of the file or left empty (an empty cell keeps what the portal has).</summary>
    public static readonly IReadOnlyList<string> Optional = All.Skip(11).ToList();
}
