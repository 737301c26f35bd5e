using FangchengCredit.Domain.Records;
using FangchengCredit.Domain.Tests.Builders;
using static FangchengCredit.Domain.Tests.Records.RecordBuilders;

namespace FangchengCredit.Domain.Tests.Records;

/// <summary>A record expires only when both its counting and its publication are over.</summary>
public class CreditRecordExpiry
{
    [Fact]
    public void StaysActiveOnItsLastEffectiveDayAndExpiresTheDayAfter()
    {
        var record = DecidedPenalty(Penalty()).Record; // 2026-03-01, counts and is published to 2027-02-28

        Assert.False(record.ExpireIfSpent(Day.Of(2027, 2, 28), lastDayCounted: Day.Of(2027, 2, 28)));
        Assert.Equal(CreditRecordStatus.Active, record.Status);

        Assert.True(record.ExpireIfSpent(Day.Of(2027, 3, 1), lastDayCounted: Day.Of(2027, 2, 28)));
        Assert.Equal(CreditRecordStatus.Expired, record.Status);
        Assert.Equal(Day.Of(2027, 3, 1), record.ExpiredOn);
    }

    [Fact]
    public void WaitsForTheLaterOfCountingAndPublication()
    {
        var record = DecidedPenalty(Penalty(PenaltyProcedure.Summary, "警告", fine: 0)).Record; // published to 2026-05-31

        Assert.Equal(Day.Of(2026, 6, 30), record.LastEffectiveDay(Day.Of(2026, 6, 30)));
        Assert.False(record.ExpireIfSpent(Day.Of(2026, 6, 30), Day.Of(2026, 6, 30)));
        Assert.True(record.ExpireIfSpent(Day.Of(2026, 7, 1), Day.Of(2026, 6, 30)));
    }

    [Fact]
    public void IsIdempotent()
    {
        var record = DecidedPenalty(Penalty()).Record;
        Assert.True(record.ExpireIfSpent(Day.Of(2028, 1, 1), Day.Of(2027, 2, 28)));

        Assert.False(record.ExpireIfSpent(Day.Of(2028, 1, 2), Day.Of(2027, 2, 28)));
        Assert.Equal(Day.Of(2028, 1, 1), record.ExpiredOn);
    }

    [Fact]
    public void NeverExpiresARecordWithNoCountingAndNoPublication()
    {
        var record = ReportedAccident(Accident(liability: false)).Record;

        Assert.Null(record.LastEffectiveDay(null));
        Assert.False(record.ExpireIfSpent(Day.Of(2040, 1, 1), null));
    }

    [Fact]
    public void LeavesVoidedRecordsVoided()
    {
        var record = DecidedPenalty(Penalty()).Record;
        record.Void("错误", "王股长", Now);

        Assert.False(record.ExpireIfSpent(Day.Of(2030, 1, 1), Day.Of(2027, 2, 28)));
        Assert.Equal(CreditRecordStatus.Voided, record.Status);
    }

    [Theory]
    [InlineData(CreditRecordStatus.Active, "2027-03-01", true)]
    [InlineData(CreditRecordStatus.Active, "2027-02-28", false)]
    [InlineData(CreditRecordStatus.Expired, "2030-01-01", false)]
    [InlineData(CreditRecordStatus.Voided, "2030-01-01", false)]
    public void IsSpentFromItsColumnsExactlyWhenItWouldExpire(CreditRecordStatus status, string today, bool spent)
    {
        var record = DecidedPenalty(Penalty()).Record; // counts and is published to 2027-02-28
        if (status == CreditRecordStatus.Voided) record.Void("错误", "王股长", Now);
        if (status == CreditRecordStatus.Expired) record.ExpireIfSpent(Day.Of(2028, 1, 1), Day.Of(2027, 2, 28));
        var day = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(spent, CreditRecord.IsSpent(record.Status, record.PublicationEnd, day, Day.Of(2027, 2, 28)));
        Assert.Equal(spent, record.ExpireIfSpent(day, Day.Of(2027, 2, 28)));
    }
}
