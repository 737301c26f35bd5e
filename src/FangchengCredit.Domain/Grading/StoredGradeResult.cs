using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace FangchengCredit.Domain.Grading;

/// <summary>
/// What a stored grade says, as far as a new evaluation can differ from it: its stretch, its result and its explanation by
/// hash. The daily job reads this for every enterprise instead of the whole grade with its explanation (decision 0016).
/// </summary>
public readonly record struct StoredGradeResult(
    DateOnly AsOf,
    DateOnly? ValidThrough,
    int Score,
    CreditGrade BandGrade,
    CreditGrade Grade,
    GradeOverride Override,
    string RuleVersion,
    DateOnly? NextChange,
    CreditGrade? NextChangeGrade,
    long ExplanationHash)
{
    /// <summary>Whether the stored result is the grade of <paramref name="day"/> (unless facts changed since it was evaluated).</summary>
    public bool HoldsOn(DateOnly day) => day >= AsOf && (ValidThrough is not { } last || day <= last);

    /// <summary>
    /// Whether the evaluation is the stored result: its day lies in the stretch the stored result stands for, and everything
    /// else is the same (the explanation compared by <see cref="HashOf"/>).
    /// </summary>
    public bool Matches(CreditEvaluation e, long explanationHash)
    {
        ArgumentNullException.ThrowIfNull(e);
        return HoldsOn(e.AsOf)
            && e.Score.Value == Score && e.BandGrade == BandGrade && e.Grade == Grade && e.Override == Override
            && e.RuleVersion == RuleVersion && e.NextChange == NextChange && e.NextChangeGrade == NextChangeGrade
            && e.ValidThrough == ValidThrough && explanationHash == ExplanationHash;
    }

    /// <summary>
    /// The explanation's 64-bit XxHash3 (of its UTF-16 text): two different explanations of one enterprise on consecutive
    /// runs hash alike with a chance of 2⁻⁶⁴, far below any other error of the system.
    /// </summary>
    public static long HashOf(string explanationJson)
    {
        ArgumentNullException.ThrowIfNull(explanationJson);
        return unchecked((long)XxHash3.HashToUInt64(MemoryMarshal.AsBytes(explanationJson.AsSpan())));
    }
}
