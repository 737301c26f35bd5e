namespace FangchengCredit.Domain.Grading;

/// <summary>
/// 信用等级. Declared best first, so a larger value is a worse grade: "at most C" is the larger of the two values.
/// </summary>
public enum CreditGrade
{
    /// <summary>A 守信</summary>
    A = 0,

    /// <summary>B 基本守信</summary>
    B = 1,

    /// <summary>C 失信风险</summary>
    C = 2,

    /// <summary>D 严重失信</summary>
    D = 3,
}
