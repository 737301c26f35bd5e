namespace FangchengCredit.Domain.Enterprises;

/// <summary>安全风险等级, from the four-colour risk map (red, orange, yellow, blue).</summary>
public enum RiskLevel
{
    /// <summary>重大风险（红）</summary>
    Major = 0,

    /// <summary>较大风险（橙）</summary>
    Larger = 1,

    /// <summary>一般风险（黄）</summary>
    General = 2,

    /// <summary>低风险（蓝）</summary>
    Low = 3,
}
