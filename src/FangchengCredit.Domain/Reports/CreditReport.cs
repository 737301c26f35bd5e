using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Grading;

namespace FangchengCredit.Domain.Reports;

/// <summary>
/// 信用报告 as issued: who it was for, the grade and score it showed, on which evaluation date, who issued it and when,
/// under a random verification code. The snapshot never changes, so /verify can tell whether the grade is still current.
/// </summary>
public sealed class CreditReport
{
    public const int NameMaxLength = 200;

    public long Id { get; private set; }

    /// <summary>The verification code, normalised (16 characters, no dashes).</summary>
    public string Code { get; private set; } = string.Empty;

    public long EnterpriseId { get; private set; }

    /// <summary>企业名称 as printed on the report.</summary>
    public string EnterpriseName { get; private set; } = string.Empty;

    /// <summary>统一社会信用代码 as printed on the report.</summary>
    public string EnterpriseCode { get; private set; } = string.Empty;

    public CreditGrade Grade { get; private set; }

    public int Score { get; private set; }

    public string RuleVersion { get; private set; } = string.Empty;

    /// <summary>The evaluation date of the grade printed.</summary>
    public DateOnly EvaluatedOn { get; private set; }

    /// <summary>The bureau's calendar day of issue.</summary>
    public DateOnly IssuedOn { get; private set; }

    public DateTime IssuedAtUtc { get; private set; }

    /// <summary>The account that issued it (staff or the enterprise itself).</summary>
    public string IssuedByUserId { get; private set; } = string.Empty;

    /// <summary>The issuer's name as printed.</summary>
    public string IssuedBy { get; private set; } = string.Empty;

    private CreditReport() { }

    public static CreditReport Issue(
        string code, long enterpriseId, string enterpriseName, string enterpriseCode, CreditGrade grade, int score, string ruleVersion,
        DateOnly evaluatedOn, DateOnly issuedOn, DateTime issuedAtUtc, string issuedByUserId, string issuedBy)
    {
        if (!ReportVerificationCode.TryNormalise(code, out var normalised)) throw new DomainException("报告验证码格式不正确。");
        if (!Enum.IsDefined(grade)) throw new DomainException("未知的信用等级。");
        _ = new CreditScore(score);
        if (evaluatedOn > issuedOn) throw new DomainException("评价日期不能晚于签发日期。");
        return new CreditReport
        {
            Code = normalised,
            EnterpriseId = enterpriseId,
            EnterpriseName = Records.CreditRecord.Required(enterpriseName, NameMaxLength, "企业名称"),
            EnterpriseCode = Records.CreditRecord.Required(enterpriseCode, 18, "统一社会信用代码"),
            Grade = grade,
            Score = score,
            RuleVersion = Records.CreditRecord.Required(ruleVersion, StoredCreditEvaluation.RuleVersionMaxLength, "评分规则版本"),
            EvaluatedOn = evaluatedOn,
            IssuedOn = issuedOn,
            IssuedAtUtc = issuedAtUtc,
            IssuedByUserId = Records.CreditRecord.Required(issuedByUserId, 450, "签发账号"),
            IssuedBy = Records.CreditRecord.Required(issuedBy, Records.CreditRecord.ActorMaxLength, "签发人"),
        };
    }

    /// <summary>The grade printed on the report is still the enterprise's grade (the score may have moved within the band).</summary>
    public bool IsCurrent(CurrentCreditGrade? current) => current is not null && current.Grade == Grade;
}
