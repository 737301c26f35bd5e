namespace FangchengCredit.Domain.Enterprises;

/// <summary>主体类型 of a registered market subject.</summary>
public enum SubjectType
{
    /// <summary>企业</summary>
    Enterprise = 0,

    /// <summary>个体工商户</summary>
    IndividualBusiness = 1,

    /// <summary>农民专业合作社</summary>
    FarmerCooperative = 2,

    /// <summary>其他</summary>
    Other = 3,
}
