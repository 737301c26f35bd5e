namespace FangchengCredit.Web.Features.RecordImport;

/// <summary>行政处罚导入的列 (双公示 fields of domain.md §11 plus 程序类别), in the template's order. The names are the file format.</summary>
public static class PenaltyImportColumns
{
    public const string SubjectName = "行政相对人名称";
    public const string Code = "统一社会信用代码";
    public const string LegalRepresentative = "法定代表人";
    public const string DocumentNumber = "处罚决定书文号";
    public const string ViolationType = "违法行为类型";
    public const string ViolationFacts = "违法事实";
    public const string LegalBasis = "处罚依据";
    public const string PenaltyCategory = "处罚类别";
    public const string PenaltyContent = "处罚内容";
    public const string Fine = "罚款金额(万元)";
    public const string Confiscated = "没收违法所得(万元)";
    public const string LicenceAffected = "暂扣或吊销证照名称及编号";
    public const string DecisionDate = "处罚决定日期";
    public const string Authority = "处罚机关";
    public const string Procedure = "程序类别";

    public static readonly IReadOnlyList<string> All =
    [
        SubjectName, Code, LegalRepresentative, DocumentNumber, ViolationType, ViolationFacts, LegalBasis, PenaltyCategory,
        PenaltyContent, Fine, Confiscated, LicenceAffected, DecisionDate, Authority, Procedure,
    ];

    /// <summary>
    /// May be left out of the file or left empty: 法定代表人 (个体工商户 and some subjects have none), the two amounts (empty = 0;
    /// a 处罚类别 naming 罚款 still needs a fine) and the licence (needed only when the 处罚类别 names 暂扣 or 吊销).
    /// </summary>
    public static readonly IReadOnlyList<string> Optional = [LegalRepresentative, Fine, Confiscated, LicenceAffected];

    public static readonly IReadOnlyList<string> Required = All.Except(Optional).ToList();
}

/// <summary>生产安全事故导入的列 (domain.md §4), in the template's order. Every column is required.</summary>
public static class AccidentImportColumns
{
    public const string Code = "统一社会信用代码";
    public const string OccurredOn = "事故发生日期";
    public const string Place = "事故地点";
    public const string Deaths = "死亡人数";
    public const string SeriousInjuries = "重伤人数";
    public const string DirectLoss = "直接经济损失(元)";
    public const string IsLiability = "是否责任事故";
    public const string Concealed = "是否瞒报谎报";
    public const string Description = "事故简要经过";

    public static readonly IReadOnlyList<string> All = [Code, OccurredOn, Place, Deaths, SeriousInjuries, DirectLoss, IsLiability, Concealed, Description];

    public static readonly IReadOnlyList<string> Required = All;

    public static readonly IReadOnlyList<string> Optional = [];
}
