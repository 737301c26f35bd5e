namespace FangchengCredit.Domain.Grading;

/// <summary>
/// The sentence shown to the enterprise next to an overridden grade.
/// </summary>
public static class GradeOverrideReasons
{
    public static string? ChineseReason(this GradeOverride gradeOverride) => gradeOverride switch
    {
        GradeOverride.None => null,
        GradeOverride.Blacklisted => "已列入安全生产严重失信主体名单，信用等级为D",
        GradeOverride.SeriousAccidentOrConcealment => "存在计分期内的较大及以上责任事故或瞒报、谎报事故，信用等级为D",
        GradeOverride.CappedAtC => "存在计分期内造成人员死亡的一般责任事故，信用等级最高为C",
        _ => throw new ArgumentOutOfRangeException(nameof(gradeOverride), gradeOverride, "未知的等级调整原因。"),
    };
}
