namespace FangchengCredit.Domain.Grading;

/// <summary>
/// 联合奖惩措施.
/// </summary>
public enum JointMeasureKind
{
    /// <summary>绿色通道</summary>
    GreenChannel = 0,

    /// <summary>减少检查频次</summary>
    FewerInspections = 1,

    /// <summary>应急物资采购优先</summary>
    EmergencyProcurementPriority = 2,

    /// <summary>评优推荐</summary>
    AwardRecommendation = 3,

    /// <summary>信用金融服务</summary>
    CreditFinancialServices = 4,

    /// <summary>重点监管</summary>
    KeySupervision = 10,

    /// <summary>提高检查频次</summary>
    RaisedInspectionFrequency = 11,

    /// <summary>约谈</summary>
    Interview = 12,

    /// <summary>强制培训</summary>
    MandatoryTraining = 13,

    /// <summary>法定代表人和主要负责人取消评优评先</summary>
    PrincipalsBarredFromHonours = 14,

    /// <summary>不适用绿色通道和容缺受理</summary>
    NoGreenChannelOrToleranceAcceptance = 15,

    /// <summary>公开曝光</summary>
    PublicExposure = 16,
}
