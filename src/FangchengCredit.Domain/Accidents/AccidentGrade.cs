namespace FangchengCredit.Domain.Accidents;

/// <summary>
/// 生产安全事故等级 (国务院令第493号). Declared from least to most severe so that a larger value is a worse accident
/// and "the highest grade reached" is a maximum.
/// </summary>
public enum AccidentGrade
{
    /// <summary>一般事故</summary>
    General = 0,

    /// <summary>较大事故</summary>
    Larger = 1,

    /// <summary>重大事故</summary>
    Major = 2,

    /// <summary>特别重大事故</summary>
    ExtraordinarilyMajor = 3,
}
