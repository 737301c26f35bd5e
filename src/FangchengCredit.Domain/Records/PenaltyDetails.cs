using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Identifiers;

namespace FangchengCredit.Domain.Records;

/// <summary>
/// The 双公示 fields of an administrative penalty decision (plan 五(二)), plus the procedure that, with the 处罚类别,
/// decides its grading row.
/// </summary>
public sealed record PenaltyDetails
{
    public const int NameMaxLength = 200;
    public const int PersonNameMaxLength = 64;
    public const int DocumentNumberMaxLength = CreditRecord.DocumentNumberMaxLength;
    public const int ShortTextMaxLength = 200;
    public const int LongTextMaxLength = 2000;

    /// <summary>行政相对人名称</summary>
    public required string SubjectName { get; init; }

    /// <summary>行政相对人类别</summary>
    public PenaltySubjectCategory SubjectCategory { get; init; } = PenaltySubjectCategory.LegalEntity;

    /// <summary>统一社会信用代码 of the subject</summary>
    public required string SubjectCode { get; init; }

    /// <summary>法定代表人 (name)</summary>
    public string? LegalRepresentative { get; init; }

    /// <summary>处罚决定书文号 — unique</summary>
    public required string DocumentNumber { get; init; }

    /// <summary>违法行为类型</summary>
    public required string ViolationType { get; init; }

    /// <summary>违法事实</summary>
    public required string ViolationFacts { get; init; }

    /// <summary>处罚依据</summary>
    public required string LegalBasis { get; init; }

    /// <summary>处罚类别, free text as published, e.g. "警告;罚款"</summary>
    public required string PenaltyCategory { get; init; }

    /// <summary>处罚内容</summary>
    public required string PenaltyContent { get; init; }

    /// <summary>罚款金额（万元）</summary>
    public decimal FineWanYuan { get; init; }

    /// <summary>没收违法所得、没收非法财物的金额（万元）</summary>
    public decimal ConfiscatedWanYuan { get; init; }

    /// <summary>暂扣或吊销证照名称及编号</summary>
    public string? LicenceAffected { get; init; }

    /// <summary>处罚决定日期</summary>
    public required DateOnly DecisionDate { get; init; }

    /// <summary>处罚有效期 (the last day the decision is in force), where it has one</summary>
    public DateOnly? ValidUntil { get; init; }

    /// <summary>处罚机关</summary>
    public required string Authority { get; init; }

    /// <summary>处罚机关统一社会信用代码</summary>
    public string? AuthorityCode { get; init; }

    /// <summary>数据来源单位</summary>
    public required string DataSource { get; init; }

    /// <summary>程序类别: 简易程序 / 一般程序</summary>
    public PenaltyProcedure Procedure { get; init; } = PenaltyProcedure.General;

    /// <summary>Trims the text and refuses a decision no 双公示 entry can carry.</summary>
    public PenaltyDetails Normalised(DateOnly today)
    {
        if (!Enum.IsDefined(SubjectCategory)) throw new DomainException("未知的行政相对人类别。");
        if (!Enum.IsDefined(Procedure)) throw new DomainException("未知的处罚程序。");
        if (DecisionDate > today) throw new DomainException("处罚决定日期不能晚于今天。");
        if (ValidUntil is { } until && until < DecisionDate) throw new DomainException("处罚有效期不能早于处罚决定日期。");

        var category = CreditRecord.Required(PenaltyCategory, ShortTextMaxLength, "处罚类别");
        var fine = WanYuan.Checked(FineWanYuan, "罚款金额");
        var confiscated = WanYuan.Checked(ConfiscatedWanYuan, "没收违法所得金额");
        if (category.Contains("罚款", StringComparison.Ordinal) && fine == 0)
            throw new DomainException("处罚类别含罚款时，罚款金额应大于0。");
        var licence = CreditRecord.Optional(LicenceAffected, ShortTextMaxLength, "暂扣或吊销证照名称及编号");
        if ((category.Contains("暂扣", StringComparison.Ordinal) || category.Contains("吊销", StringComparison.Ordinal)) && licence is null)
            throw new DomainException("处罚类别含暂扣或吊销证照时，应填写证照名称及编号。");

        return this with
        {
            SubjectName = CreditRecord.Required(SubjectName, NameMaxLength, "行政相对人名称"),
            SubjectCode = CheckedCode(SubjectCode, "行政相对人统一社会信用代码")!,
            LegalRepresentative = CreditRecord.Optional(LegalRepresentative, PersonNameMaxLength, "法定代表人"),
            DocumentNumber = CreditRecord.Required(DocumentNumber, DocumentNumberMaxLength, "处罚决定书文号"),
            ViolationType = CreditRecord.Required(ViolationType, ShortTextMaxLength, "违法行为类型"),
            ViolationFacts = CreditRecord.Required(ViolationFacts, LongTextMaxLength, "违法事实"),
            LegalBasis = CreditRecord.Required(LegalBasis, LongTextMaxLength, "处罚依据"),
            PenaltyCategory = category,
            PenaltyContent = CreditRecord.Required(PenaltyContent, LongTextMaxLength, "处罚内容"),
            FineWanYuan = fine,
            ConfiscatedWanYuan = confiscated,
            LicenceAffected = licence,
            Authority = CreditRecord.Required(Authority, NameMaxLength, "处罚机关"),
            AuthorityCode = string.IsNullOrWhiteSpace(AuthorityCode) ? null : CheckedCode(AuthorityCode, "处罚机关统一社会信用代码"),
            DataSource = CreditRecord.Required(DataSource, NameMaxLength, "数据来源单位"),
        };
    }

    private static string? CheckedCode(string? code, string name) =>
        UnifiedSocialCreditCode.TryParse(code, out var parsed, out var error)
            ? parsed.Value
            : throw new DomainException($"{name}有误：{error.Message}");
}
