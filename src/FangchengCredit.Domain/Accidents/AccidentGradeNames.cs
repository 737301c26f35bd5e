namespace FangchengCredit.Domain.Accidents;

/// <summary>
/// The Chinese names used on screen and in exports; the enum names stay English.
/// </summary>
public static class AccidentGradeNames
{
    public static string ChineseName(this AccidentGrade grade) => grade switch
    {
        AccidentGrade.General => "一般",
        AccidentGrade.Larger => "较大",
        AccidentGrade.Major => "重大",
        AccidentGrade.ExtraordinarilyMajor => "特别重大",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "未知的事故等级。"),
    };
}
