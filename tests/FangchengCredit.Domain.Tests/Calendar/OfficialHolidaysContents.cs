using FangchengCredit.Domain.Calendar;

namespace FangchengCredit.Domain.Tests.Calendar;

public class OfficialHolidaysContents
{
    [Fact]
    public void ShipsTheArrangementsFor2025And2026()
    {
        Assert.Equal([2025, 2026], OfficialHolidays.All.Select(y => y.Year));
        Assert.Equal([2025, 2026], WorkingDayCalendar.Official.YearsWithData);
    }

    [Fact]
    public void Has2026WorkingWeekendDaysExactlyAsPublished()
    {
        DateOnly[] expected = [new(2026, 1, 4), new(2026, 2, 14), new(2026, 2, 28), new(2026, 5, 9), new(2026, 9, 20), new(2026, 10, 10)];

        Assert.Equal(expected, OfficialHolidays.Year2026.WorkingWeekendDays);
    }

    [Fact]
    public void Has2026OffDaysExactlyAsPublished()
    {
        // 3 + 9 + 3 + 5 + 3 + 3 + 7 days.
        Assert.Equal(33, OfficialHolidays.Year2026.OffDays.Count);
        Assert.Equal(new DateOnly(2026, 1, 1), OfficialHolidays.Year2026.OffDays[0]);
        Assert.Equal(new DateOnly(2026, 10, 7), OfficialHolidays.Year2026.OffDays[^1]);
    }

    [Fact]
    public void Has2025WorkingWeekendDaysAsRecorded()
    {
        DateOnly[] expected = [new(2025, 1, 26), new(2025, 2, 8), new(2025, 4, 27), new(2025, 9, 28), new(2025, 10, 11)];

        Assert.Equal(expected, OfficialHolidays.Year2025.WorkingWeekendDays);
    }

    [Fact]
    public void Has2025OffDaysAsRecorded()
    {
        // 1 + 8 + 3 + 5 + 3 + 8 days.
        Assert.Equal(28, OfficialHolidays.Year2025.OffDays.Count);
    }

    [Fact]
    public void Year2026Has248WorkingDays()
    {
        // By hand: 2026 starts on a Thursday, so 52 weeks + 1 Thursday: 261 weekdays.
        // Weekdays off: 1/1, 1/2 (2); 2/16–2/20, 2/23 (6); 4/6 (1); 5/1, 5/4, 5/5 (3); 6/19 (1); 9/25 (1); 10/1, 10/2, 10/5–10/7 (5) = 19.
        // Weekend days worked: 6. 261 − 19 + 6 = 248.
        Assert.Equal(248, WorkingDayCalendar.Official.WorkingDaysBetween(new DateOnly(2025, 12, 31), new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void Year2025Has248WorkingDays()
    {
        // By hand: 2025 starts on a Wednesday: 261 weekdays.
        // Weekdays off: 1/1 (1); 1/28–1/31, 2/3, 2/4 (6); 4/4 (1); 5/1, 5/2, 5/5 (3); 6/2 (1); 10/1–10/3, 10/6–10/8 (6) = 18.
        // Weekend days worked: 5. 261 − 18 + 5 = 248.
        Assert.Equal(248, WorkingDayCalendar.Official.WorkingDaysBetween(new DateOnly(2024, 12, 31), new DateOnly(2025, 12, 31)));
    }
}
