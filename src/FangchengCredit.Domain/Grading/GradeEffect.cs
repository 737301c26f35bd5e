namespace FangchengCredit.Domain.Grading;

/// <summary>
/// What a counted line does to the grade beyond its points.
/// </summary>
public enum GradeEffect
{
    None = 0,

    /// <summary>计分期内等级最高为C</summary>
    CapsAtC = 1,

    /// <summary>计分期内等级为D</summary>
    ForcesD = 2,
}
