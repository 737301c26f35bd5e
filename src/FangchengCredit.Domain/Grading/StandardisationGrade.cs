namespace FangchengCredit.Domain.Grading;

/// <summary>
/// 安全生产标准化等级 currently held.
/// </summary>
public enum StandardisationGrade
{
    /// <summary>未达标</summary>
    None = 0,

    /// <summary>一级</summary>
    Level1 = 1,

    /// <summary>二级</summary>
    Level2 = 2,

    /// <summary>三级</summary>
    Level3 = 3,
}
