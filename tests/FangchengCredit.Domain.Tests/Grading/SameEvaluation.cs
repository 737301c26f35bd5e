using FangchengCredit.Domain.Grading;

namespace FangchengCredit.Domain.Tests.Grading;

/// <summary>Value equality of evaluations, the lines compared one by one (a record compares its list by reference).</summary>
internal sealed class SameEvaluation : IEqualityComparer<CreditEvaluation>
{
    public static readonly SameEvaluation Instance = new();

    public bool Equals(CreditEvaluation? x, CreditEvaluation? y) =>
        x is not null && y is not null && x.Lines.SequenceEqual(y.Lines) && (x with { Lines = x.Lines }) == (y with { Lines = x.Lines });

    public int GetHashCode(CreditEvaluation obj) => obj.AsOf.GetHashCode();
}
