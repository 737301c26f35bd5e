using System.Buffers.Binary;
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
    long ExplanationHash,
    long FactsFingerprint)
{
    /// <summary>
    /// Whether the stored result is the grade of <paramref name="day"/> for facts with this fingerprint, without evaluating:
    /// grading is a pure function of facts and day, and the result is the same on every day of its stretch.
    /// </summary>
    public bool StandsFor(DateOnly day, long factsFingerprint) => HoldsOn(day) && FactsFingerprint == factsFingerprint;

    /// <summary>Whether the stored result is the grade of <paramref name="day"/> (unless facts changed since it was evaluated).</summary>
    public bool HoldsOn(DateOnly day) => day >= AsOf && (ValidThrough is not { } last || day <= last);

    /// <summary>
    /// Whether the evaluation is the stored result: its day lies in the stretch the stored result stands for, and everything
    /// else is the same (the explanation compared by <see cref="HashOf"/> of its lines, which the caller has computed).
    /// </summary>
    public bool Matches(CreditEvaluation e, long explanationHash)
    {
        ArgumentNullException.ThrowIfNull(e);
        return HoldsOn(e.AsOf)
            && e.Score.Value == Score && e.BandGrade == BandGrade && e.Grade == Grade && e.Override == Override
            && e.RuleVersion == RuleVersion && e.NextChange == NextChange && e.NextChangeGrade == NextChangeGrade
            && e.ValidThrough == ValidThrough && explanationHash == ExplanationHash && e.FactsFingerprint == FactsFingerprint;
    }

    /// <summary>
    /// A 64-bit XxHash3 of the explanation lines, every field of every line in order: the stored explanation is a rendering of
    /// exactly these lines, so equal hashes mean an equal explanation, without rendering it. Two different explanations of one
    /// enterprise hash alike with a chance of 2⁻⁶⁴, far below any other error of the system.
    /// </summary>
    public static long HashOf(IReadOnlyList<ExplanationLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var hash = new XxHash3();
        Span<byte> fields = stackalloc byte[40];
        foreach (var line in lines)
        {
            BinaryPrimitives.WriteInt64LittleEndian(fields, line.RecordId ?? -1);
            BinaryPrimitives.WriteInt32LittleEndian(fields[8..], (int)line.Row);
            BinaryPrimitives.WriteInt32LittleEndian(fields[12..], line.Points);
            BinaryPrimitives.WriteInt32LittleEndian(fields[16..], line.CountsFrom?.DayNumber ?? -1);
            BinaryPrimitives.WriteInt32LittleEndian(fields[20..], line.CountsUntil?.DayNumber ?? -1);
            BinaryPrimitives.WriteInt32LittleEndian(fields[24..], (int)line.Effect);
            BinaryPrimitives.WriteInt32LittleEndian(fields[28..], (line.ReducedByRepair ? 1 : 0) | (line.ReducedByCap ? 2 : 0));
            // The texts' lengths keep their boundaries apart ("ab"+"c" is not "a"+"bc").
            BinaryPrimitives.WriteInt32LittleEndian(fields[32..], line.RuleText.Length);
            BinaryPrimitives.WriteInt32LittleEndian(fields[36..], line.Note?.Length ?? -1);
            hash.Append(fields);
            hash.Append(MemoryMarshal.AsBytes(line.RuleText.AsSpan()));
            if (line.Note is { } note) hash.Append(MemoryMarshal.AsBytes(note.AsSpan()));
        }

        return unchecked((long)hash.GetCurrentHashAsUInt64());
    }
}
