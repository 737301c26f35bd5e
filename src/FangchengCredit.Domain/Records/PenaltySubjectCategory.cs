namespace FangchengCredit.Domain.Records;

/// <summary>行政相对人类别 (双公示).</summary>
public enum PenaltySubjectCategory
{
    /// <summary>法人及非法人组织</summary>
    LegalEntity = 0,

    /// <summary>自然人</summary>
    NaturalPerson = 1,

    /// <summary>个体工商户</summary>
    IndividualBusiness = 2,
}
