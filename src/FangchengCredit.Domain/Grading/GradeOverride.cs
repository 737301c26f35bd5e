namespace FangchengCredit.Domain.Grading;

/// <summary>
/// Why the grade differs from the score's band. Reported only when it actually changed the grade.
/// </summary>
public enum GradeOverride
{
    None = 0,

    /// <summary>列入安全生产严重失信主体名单</summary>
    Blacklisted = 1,

    /// <summary>较大及以上责任事故，或瞒报、谎报事故</summary>
    SeriousAccidentOrConcealment = 2,

    /// <summary>有人死亡的一般责任事故</summary>
    CappedAtC = 3,
}
