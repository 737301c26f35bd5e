using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Grading;

/// <summary>
/// 信用分: an integer from 0 to 100.
/// </summary>
public readonly record struct CreditScore : IComparable<CreditScore>
{
    public const int Minimum = 0;
    public const int Maximum = 100;

    public CreditScore(int value)
    {
        if (value < Minimum || value > Maximum)
        {
            throw new DomainException($"信用分应在{Minimum}至{Maximum}之间，收到{value}。");
        }

        Value = value;
    }

    public int Value { get; }

    /// <summary>The grading sum may run past either end (many deductions, many bonuses); the score never does.</summary>
    public static CreditScore Clamp(int rawPoints) => new(Math.Clamp(rawPoints, Minimum, Maximum));

    public int CompareTo(CreditScore other) => Value.CompareTo(other.Value);

    public static bool operator <(CreditScore left, CreditScore right) => left.Value < right.Value;

    public static bool operator >(CreditScore left, CreditScore right) => left.Value > right.Value;

    public static bool operator <=(CreditScore left, CreditScore right) => left.Value <= right.Value;

    public static bool operator >=(CreditScore left, CreditScore right) => left.Value >= right.Value;

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
