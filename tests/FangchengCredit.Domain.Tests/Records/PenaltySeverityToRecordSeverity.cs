using FangchengCredit.Domain.Records;

namespace FangchengCredit.Domain.Tests.Records;

public class PenaltySeverityToRecordSeverity
{
    [Theory]
    [InlineData(PenaltySeverity.Summary, RecordSeverity.Minor)]
    [InlineData(PenaltySeverity.General, RecordSeverity.General)]
    [InlineData(PenaltySeverity.SuspensionOrLicence, RecordSeverity.Serious)]
    public void MapsEachRowToItsPublicationSeverity(PenaltySeverity penalty, RecordSeverity expected)
    {
        Assert.Equal(expected, penalty.ToRecordSeverity());
    }
}
