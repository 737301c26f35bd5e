using FangchengCredit.Domain.Calendar;

namespace FangchengCredit.Domain.Tests.Calendar;

public class WorkingDaysAcrossSpringFestival2026
{
    private readonly WorkingDayCalendar _calendar = WorkingDayCalendar.Official;

    [Fact]
    public void Saturday14FebruaryIsWorked() => Assert.True(_calendar.IsWorkingDay(new DateOnly(2026, 2, 14)));

    [Fact]
    public void Saturday28FebruaryIsWorked() => Assert.True(_calendar.IsWorkingDay(new DateOnly(2026, 2, 28)));

    [Fact]
    public void FifteenthToTwentyThirdFebruaryAreAllOff()
    {
        for (var day = new DateOnly(2026, 2, 15); day <= new DateOnly(2026, 2, 23); day = day.AddDays(1))
        {
            Assert.False(_calendar.IsWorkingDay(day), $"{day:yyyy-MM-dd} should be off");
        }

        Assert.True(_calendar.IsWorkingDay(new DateOnly(2026, 2, 24)));
    }

    [Fact]
    public void TheDayAfterFriday13FebruaryIsSaturday14()
    {
        Assert.Equal(new DateOnly(2026, 2, 14), _calendar.AddWorkingDays(new DateOnly(2026, 2, 13), 1));
    }

    [Fact]
    public void TheWorkingDayAfterSaturday14FebruaryIsTuesday24()
    {
        Assert.Equal(new DateOnly(2026, 2, 24), _calendar.AddWorkingDays(new DateOnly(2026, 2, 14), 1));
    }

    [Fact]
    public void SevenWorkingDaysFromThursday12FebruaryEndOnSaturday28()
    {
        // 2/13 (1), 2/14 Sat (2), 2/15–2/23 off, 2/24 (3), 2/25 (4), 2/26 (5), 2/27 (6), 2/28 Sat (7).
        Assert.Equal(new DateOnly(2026, 2, 28), _calendar.AddWorkingDays(new DateOnly(2026, 2, 12), 7));
    }

    [Fact]
    public void NewYearHolidayCarriesAcrossTheYearBoundary()
    {
        // 2025-12-31 Wed; 2026-01-01–01-03 off; Sunday 01-04 worked.
        Assert.Equal(new DateOnly(2026, 1, 4), _calendar.AddWorkingDays(new DateOnly(2025, 12, 31), 1));
    }

    [Fact]
    public void SpringFestival2025IsCountedToo()
    {
        // 2025-01-24 Fri; 1/25 Sat off; 1/26 Sun worked (1); 1/27 Mon (2); 1/28–2/4 off; 2/5 Wed (3).
        Assert.Equal(new DateOnly(2025, 2, 5), _calendar.AddWorkingDays(new DateOnly(2025, 1, 24), 3));
    }
}
