namespace FangchengCredit.Domain.Grading;

/// <summary>
/// One row of the grading table: the points a record brings (negative for a deduction) and how many months it counts.
/// </summary>
public sealed class GradingRow
{
    public int Points { get; init; }

    /// <summary>计分期, in months from the record's date; the record stops counting on the day this period ends.</summary>
    public int Months { get; init; }
}
