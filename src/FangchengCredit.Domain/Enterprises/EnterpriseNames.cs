using FangchengCredit.Domain.Grading;

namespace FangchengCredit.Domain.Enterprises;

/// <summary>The official Chinese names of the registry's enumerations, as printed on forms, exports and imports.</summary>
public static class EnterpriseNames
{
    public static string ChineseName(this SubjectType value) => value switch
    {
        SubjectType.Enterprise => "企业",
        SubjectType.IndividualBusiness => "个体工商户",
        SubjectType.FarmerCooperative => "农民专业合作社",
        _ => "其他",
    };

    public static string ChineseName(this RiskLevel value) => value switch
    {
        RiskLevel.Major => "重大",
        RiskLevel.Larger => "较大",
        RiskLevel.General => "一般",
        _ => "低",
    };

    public static string ChineseName(this OperatingStatus value) => value switch
    {
        OperatingStatus.Operating => "在营",
        OperatingStatus.SuspendedForRectification => "停产整顿",
        _ => "注销",
    };

    public static string ChineseName(this PersonRole value) => value switch
    {
        PersonRole.LegalRepresentative => "法定代表人",
        PersonRole.Principal => "主要负责人",
        _ => "实际控制人",
    };

    public static string ChineseName(this StandardisationGrade value) => value switch
    {
        StandardisationGrade.Level1 => "一级",
        StandardisationGrade.Level2 => "二级",
        StandardisationGrade.Level3 => "三级",
        _ => "无",
    };

    /// <summary>Reads a Chinese name back (imports, forms); null when the text names nothing known.</summary>
    public static T? Parse<T>(string? text) where T : struct, Enum
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        foreach (var value in Enum.GetValues<T>())
        {
            var name = value switch
            {
                SubjectType s => s.ChineseName(),
                RiskLevel r => r.ChineseName(),
                OperatingStatus o => o.ChineseName(),
                PersonRole p => p.ChineseName(),
                StandardisationGrade g => g.ChineseName(),
                _ => value.ToString(),
            };
            if (string.Equals(name, trimmed, StringComparison.Ordinal)) return value;
        }
        // Common spellings staff type into 台账: "重大风险", "未达标", "一级标准化".
        return typeof(T) == typeof(RiskLevel) && trimmed.EndsWith("风险", StringComparison.Ordinal) ? Parse<T>(trimmed[..^2])
            : typeof(T) == typeof(StandardisationGrade) && trimmed is "未达标" or "无等级" or "-" ? (T)(object)StandardisationGrade.None
            : null;
    }
}
