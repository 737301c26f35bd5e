using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Records;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Records;

public class PublicationPeriodEnd
{
    [Fact]
    public void MinorRecordIsPublishedThreeMonthsByDefault()
    {
        Assert.Equal(Day.Of(2026, 5, 31), PublicationPeriod.EndFor(RecordSeverity.Minor, Day.Of(2026, 3, 1)));
    }

    [Fact]
    public void GeneralRecordIsPublishedOneYearByDefault()
    {
        Assert.Equal(Day.Of(2027, 2, 28), PublicationPeriod.EndFor(RecordSeverity.General, Day.Of(2026, 3, 1)));
    }

    [Fact]
    public void SeriousRecordIsPublishedThreeYearsByDefault()
    {
        Assert.Equal(Day.Of(2029, 2, 28), PublicationPeriod.EndFor(RecordSeverity.Serious, Day.Of(2026, 3, 1)));
    }

    [Fact]
    public void MinorRecordConfiguredAsUnpublishedHasNoEnd()
    {
        var rules = new PublicationPeriodRules { MinorMonths = 0 };

        Assert.Null(PublicationPeriod.EndFor(RecordSeverity.Minor, Day.Of(2026, 3, 1), rules));
    }

    [Fact]
    public void FollowsAConfiguredPeriodWithinTheLaw()
    {
        var rules = new PublicationPeriodRules { GeneralMonths = 6 };

        Assert.Equal(Day.Of(2026, 8, 31), PublicationPeriod.EndFor(RecordSeverity.General, Day.Of(2026, 3, 1), rules));
    }

    [Theory]
    [InlineData(4, 12, 36)]
    [InlineData(3, 2, 36)]
    [InlineData(3, 13, 36)]
    [InlineData(3, 12, 11)]
    [InlineData(3, 12, 37)]
    [InlineData(-1, 12, 36)]
    public void RefusesAPeriodOutsideTheLegalRange(int minor, int general, int serious)
    {
        var rules = new PublicationPeriodRules { MinorMonths = minor, GeneralMonths = general, SeriousMonths = serious };

        Assert.Throws<DomainException>(() => PublicationPeriod.EndFor(RecordSeverity.General, Day.Of(2026, 3, 1), rules));
    }
}
