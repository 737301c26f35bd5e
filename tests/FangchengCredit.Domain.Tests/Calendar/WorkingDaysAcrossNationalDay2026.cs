using FangchengCredit.Domain.Calendar;

namespace FangchengCredit.Domain.Tests.Calendar;

public class WorkingDaysAcrossNationalDay2026
{
    private readonly WorkingDayCalendar _calendar = WorkingDayCalendar.Official;

    [Fact]
    public void TenWorkingDaysFromMonday28SeptemberEndOnFriday16October()
    {
        // By hand, 9/28 (Mon) not counted: 9/29 (1), 9/30 (2), 10/1–10/7 off, 10/8 Thu (3), 10/9 Fri (4),
        // 10/10 Sat worked (5), 10/11 Sun off, 10/12 (6), 10/13 (7), 10/14 (8), 10/15 (9), 10/16 (10).
        Assert.Equal(new DateOnly(2026, 10, 16), _calendar.AddWorkingDays(new DateOnly(2026, 9, 28), 10));
    }

    [Fact]
    public void NineWorkingDaysFromMonday28SeptemberEndOnThursday15October()
    {
        Assert.Equal(new DateOnly(2026, 10, 15), _calendar.AddWorkingDays(new DateOnly(2026, 9, 28), 9));
    }

    [Fact]
    public void TwentyWorkingDaysFrom30SeptemberEndOn3November()
    {
        // 10/8 (1), 10/9 (2), 10/10 (3), 10/12–16 (4–8), 10/19–23 (9–13), 10/26–30 (14–18), 11/2 (19), 11/3 (20).
        Assert.Equal(new DateOnly(2026, 11, 3), _calendar.AddWorkingDays(new DateOnly(2026, 9, 30), 20));
    }

    [Fact]
    public void TheHolidayWeekIsOffAndSaturday10OctoberIsWorked()
    {
        for (var day = new DateOnly(2026, 10, 1); day <= new DateOnly(2026, 10, 7); day = day.AddDays(1))
        {
            Assert.False(_calendar.IsWorkingDay(day), $"{day:yyyy-MM-dd} should be off");
        }

        Assert.True(_calendar.IsWorkingDay(new DateOnly(2026, 10, 10)));
        Assert.False(_calendar.IsWorkingDay(new DateOnly(2026, 10, 11)));
    }

    [Fact]
    public void Sunday20SeptemberIsWorkedAndMidAutumnIsOff()
    {
        // 9/19 Sat off, 9/20 Sun worked.
        Assert.Equal(new DateOnly(2026, 9, 20), _calendar.AddWorkingDays(new DateOnly(2026, 9, 18), 1));

        // 9/25 Fri – 9/27 Sun off: the next working day after Thursday 9/24 is Monday 9/28.
        Assert.Equal(new DateOnly(2026, 9, 28), _calendar.AddWorkingDays(new DateOnly(2026, 9, 24), 1));
    }
}
