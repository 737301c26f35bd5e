using FangchengCredit.Domain.Calendar;

namespace FangchengCredit.Domain.Tests.Calendar;

public class WorkingDaysInAYearWithoutData
{
    private readonly WorkingDayCalendar _calendar = WorkingDayCalendar.Official;

    [Fact]
    public void KnowsWhichYearsItHasData()
    {
        Assert.True(_calendar.HasDataFor(2026));
        Assert.False(_calendar.HasDataFor(2027));
    }

    [Fact]
    public void FallsBackToWeekendsOnly()
    {
        // 2027-01-01 is a Friday: really a holiday, but with no arrangement entered it counts as a working day.
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2027, 1, 1)));
        Assert.False(_calendar.IsWorkingDay(new DateOnly(2027, 1, 2)));
        Assert.Equal(new DateOnly(2027, 1, 1), _calendar.AddWorkingDays(new DateOnly(2026, 12, 31), 1));

        // 1/2 Sat, 1/3 Sun off; 1/4 Mon (1) … 1/8 Fri (5).
        Assert.Equal(new DateOnly(2027, 1, 8), _calendar.AddWorkingDays(new DateOnly(2027, 1, 1), 5));
    }

    [Fact]
    public void NamesTheYearsWithoutDataSoStaffCanBeWarned()
    {
        Assert.Equal([2027], _calendar.YearsWithoutData(new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 31)));
        Assert.Equal([2027], _calendar.YearsWithoutData(new DateOnly(2027, 1, 31), new DateOnly(2026, 12, 1)));
        Assert.Equal([2024, 2027, 2028], _calendar.YearsWithoutData(new DateOnly(2024, 6, 1), new DateOnly(2028, 1, 1)));
        Assert.Empty(_calendar.YearsWithoutData(new DateOnly(2025, 3, 1), new DateOnly(2026, 11, 30)));
    }

    [Fact]
    public void ACalendarWithNoArrangementsCountsWeekdays()
    {
        var calendar = new WorkingDayCalendar([]);

        // 2026-02-13 Fri → next five weekdays: 2/16–2/20, holiday or not.
        Assert.Equal(new DateOnly(2026, 2, 20), calendar.AddWorkingDays(new DateOnly(2026, 2, 13), 5));
        Assert.Equal([2026], calendar.YearsWithoutData(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));
    }
}
