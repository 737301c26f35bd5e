namespace FangchengCredit.Domain.Calendar;

/// <summary>
/// 法定节假日安排 as published by 国务院办公厅 (domain brief §13): the arrangements the portal ships with.
/// Later years are entered by an administrator once the State Council publishes them (usually in November of the year before).
/// </summary>
public static class OfficialHolidays
{
    /// <summary>2026年 (国务院办公厅 2025-11-04 公布).</summary>
    public static HolidayYear Year2026 { get; } = new(
        2026,
        [
            .. Span(new(2026, 1, 1), new(2026, 1, 3)),   // 元旦
            .. Span(new(2026, 2, 15), new(2026, 2, 23)), // 春节
            .. Span(new(2026, 4, 4), new(2026, 4, 6)),   // 清明节
            .. Span(new(2026, 5, 1), new(2026, 5, 5)),   // 劳动节
            .. Span(new(2026, 6, 19), new(2026, 6, 21)), // 端午节
            .. Span(new(2026, 9, 25), new(2026, 9, 27)), // 中秋节
            .. Span(new(2026, 10, 1), new(2026, 10, 7)), // 国庆节
        ],
        [
            new(2026, 1, 4),   // 周日, 元旦
            new(2026, 2, 14),  // 周六, 春节
            new(2026, 2, 28),  // 周六, 春节
            new(2026, 5, 9),   // 周六, 劳动节
            new(2026, 9, 20),  // 周日, 国庆节
            new(2026, 10, 10), // 周六, 国庆节
        ]);

    /// <summary>
    /// 2025年 (国务院办公厅, 2024年11月公布). The brief recorded it from memory; it matches the published notice as we know it,
    /// but check it against the notice before relying on it for a contested 2025 deadline.
    /// </summary>
    public static HolidayYear Year2025 { get; } = new(
        2025,
        [
            new(2025, 1, 1),                             // 元旦
            .. Span(new(2025, 1, 28), new(2025, 2, 4)),  // 春节
            .. Span(new(2025, 4, 4), new(2025, 4, 6)),   // 清明节
            .. Span(new(2025, 5, 1), new(2025, 5, 5)),   // 劳动节
            .. Span(new(2025, 5, 31), new(2025, 6, 2)),  // 端午节
            .. Span(new(2025, 10, 1), new(2025, 10, 8)), // 国庆节、中秋节
        ],
        [
            new(2025, 1, 26),  // 周日, 春节
            new(2025, 2, 8),   // 周六, 春节
            new(2025, 4, 27),  // 周日, 劳动节
            new(2025, 9, 28),  // 周日, 国庆节
            new(2025, 10, 11), // 周六, 国庆节
        ]);

    /// <summary>Every shipped arrangement, oldest first.</summary>
    // Declared after the years it lists: static initialisers run in textual order.
    public static IReadOnlyList<HolidayYear> All { get; } = [Year2025, Year2026];

    private static IEnumerable<DateOnly> Span(DateOnly first, DateOnly last)
    {
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
