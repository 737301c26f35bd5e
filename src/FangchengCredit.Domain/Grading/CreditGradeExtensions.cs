namespace FangchengCredit.Domain.Grading;

/// <summary>
/// Labels and ordering for <see cref="CreditGrade"/>, kept beside the enum so that nobody compares grades by hand.
/// </summary>
public static class CreditGradeExtensions
{
    /// <summary>守信 / 基本守信 / 失信风险 / 严重失信.</summary>
    public static string ChineseLabel(this CreditGrade grade) => grade switch
    {
        CreditGrade.A => "守信",
        CreditGrade.B => "基本守信",
        CreditGrade.C => "失信风险",
        CreditGrade.D => "严重失信",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "未知的信用等级。"),
    };

    /// <summary>"A（守信）".</summary>
    public static string DisplayName(this CreditGrade grade) => $"{grade}（{grade.ChineseLabel()}）";

    public static bool IsWorseThan(this CreditGrade grade, CreditGrade other) => grade > other;

    public static bool IsBetterThan(this CreditGrade grade, CreditGrade other) => grade < other;

    /// <summary>The worse of two grades: "at most C" is <c>band.Worse(CreditGrade.C)</c>.</summary>
    public static CreditGrade Worse(this CreditGrade grade, CreditGrade other) => grade > other ? grade : other;
}
