using FangchengCredit.Domain.Calendar;
using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Tests.Calendar;

public class HolidayYearValidation
{
    [Fact]
    public void RefusesAnOffDayFromAnotherYear()
    {
        var exception = Assert.Throws<DomainException>(() =>
            new HolidayYear(2026, [new DateOnly(2025, 12, 31), new DateOnly(2026, 1, 1)], []));

        Assert.Equal("放假日 2025-12-31 不属于2026年", exception.Message);
    }

    [Fact]
    public void RefusesAWorkingWeekendDayFromAnotherYear()
    {
        var exception = Assert.Throws<DomainException>(() => new HolidayYear(2026, [], [new DateOnly(2027, 1, 2)]));

        Assert.Equal("调休上班日 2027-01-02 不属于2026年", exception.Message);
    }

    [Fact]
    public void RefusesAWorkingWeekendDayThatIsAWeekday()
    {
        // 2026-02-16 is a Monday.
        var exception = Assert.Throws<DomainException>(() => new HolidayYear(2026, [], [new DateOnly(2026, 2, 16)]));

        Assert.Equal("调休上班日 2026-02-16（周一）不是周六或周日", exception.Message);
    }

    [Fact]
    public void RefusesADayThatIsBothOffAndWorked()
    {
        // 2026-10-03 is a Saturday, so only the overlap rule can catch it.
        var day = new DateOnly(2026, 10, 3);

        var exception = Assert.Throws<DomainException>(() => new HolidayYear(2026, [day], [day]));

        Assert.Equal("2026-10-03 不能既是放假日又是调休上班日", exception.Message);
    }

    [Fact]
    public void KeepsItsDaysSortedWithoutDuplicates()
    {
        var year = new HolidayYear(
            2026,
            [new DateOnly(2026, 10, 2), new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 1)],
            [new DateOnly(2026, 10, 10)]);

        Assert.Equal([new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 2)], year.OffDays);
        Assert.Equal([new DateOnly(2026, 10, 10)], year.WorkingWeekendDays);
    }

    [Fact]
    public void AnEmptyArrangementMeansAnOrdinaryWeek()
    {
        var year = new HolidayYear(2026, [], []);

        Assert.True(year.IsWorkingDay(new DateOnly(2026, 10, 1)));   // Thursday
        Assert.False(year.IsWorkingDay(new DateOnly(2026, 10, 10))); // Saturday
    }

    [Fact]
    public void WillNotAnswerForADayOfAnotherYear()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OfficialHolidays.Year2026.IsWorkingDay(new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void ACalendarRefusesTwoArrangementsForTheSameYear()
    {
        var exception = Assert.Throws<DomainException>(() =>
            new WorkingDayCalendar([OfficialHolidays.Year2026, new HolidayYear(2026, [], [])]));

        Assert.Equal("2026年的放假安排重复", exception.Message);
    }
}
