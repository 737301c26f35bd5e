namespace FangchengCredit.Domain.Tests.Builders;

/// <summary>
/// Short dates for test facts: <c>Day.Of(2026, 3, 1)</c>.
/// </summary>
public static class Day
{
    public static DateOnly Of(int year, int month, int day) => new(year, month, day);
}
