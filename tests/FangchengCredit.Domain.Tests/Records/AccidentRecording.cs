using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Records;
using FangchengCredit.Domain.Tests.Builders;
using static FangchengCredit.Domain.Tests.Records.RecordBuilders;

namespace FangchengCredit.Domain.Tests.Records;

/// <summary>An accident is graded by the classifier and becomes a credit record of the right severity.</summary>
public class AccidentRecording
{
    [Theory]
    [InlineData(2, 9, 9_999_999L, AccidentGrade.General)]
    [InlineData(3, 0, 0L, AccidentGrade.Larger)]
    [InlineData(0, 50, 0L, AccidentGrade.Major)]
    [InlineData(0, 0, 100_000_000L, AccidentGrade.ExtraordinarilyMajor)]
    public void TakesItsGradeFromTheClassifier(int deaths, int injuries, long loss, AccidentGrade expected)
    {
        var accident = ReportedAccident(Accident(deaths, injuries, loss));

        Assert.Equal(expected, accident.Grade);
    }

    [Fact]
    public void AGeneralLiabilityAccidentIsAGeneralBadRecordPublishedForAYear()
    {
        var accident = ReportedAccident(Accident(deaths: 1));

        Assert.Equal(CreditRecordKind.Accident, accident.Record.Kind);
        Assert.Equal(RecordSeverity.General, accident.Record.Severity);
        Assert.Equal(RecordNature.Dishonest, accident.Record.Nature);
        Assert.Equal(Day.Of(2026, 3, 1), accident.Record.Date);
        Assert.Equal(Day.Of(2027, 2, 28), accident.Record.PublicationEnd);
        Assert.Equal(7, accident.Record.EnterpriseId);
        Assert.Equal("李明", accident.Record.RecordedBy);
        Assert.Contains("一车间", accident.Record.Title, StringComparison.Ordinal);
        Assert.Contains("一般生产安全事故（责任事故）", accident.Record.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, true, false)]
    [InlineData(0, false, true)]
    public void ALargerLiabilityAccidentOrAConcealedOneIsSerious(int deaths, bool liability, bool concealed)
    {
        var accident = ReportedAccident(Accident(deaths: deaths, liability: liability, concealed: concealed));

        Assert.Equal(RecordSeverity.Serious, accident.Record.Severity);
        Assert.Equal(Day.Of(2029, 2, 28), accident.Record.PublicationEnd);
    }

    [Fact]
    public void ANonLiabilityAccidentReportedTruthfullyIsOnFileOnly()
    {
        var accident = ReportedAccident(Accident(deaths: 1, liability: false));

        Assert.Null(accident.Record.Severity);
        Assert.Null(accident.Record.PublicationEnd);
        Assert.Equal(RecordNature.OnFile, accident.Record.Nature);
    }

    [Fact]
    public void RefusesAnAccidentInTheFuture()
    {
        var error = Assert.Throws<DomainException>(() => ReportedAccident(Accident(on: Today.AddDays(1))));

        Assert.Equal("事故发生日期不能晚于今天。", error.Message);
    }

    [Fact]
    public void RefusesNegativeCasualtiesAndAnEmptyPlace()
    {
        Assert.Throws<DomainException>(() => ReportedAccident(Accident(deaths: -1)));
        var error = Assert.Throws<DomainException>(() => ReportedAccident(Accident() with { Place = "  " }));
        Assert.Equal("事故地点不能为空。", error.Message);
    }

    [Fact]
    public void CorrectingTheFactsRegradesTheAccidentAndItsRecord()
    {
        var accident = ReportedAccident(Accident(liability: false));

        accident.Correct(Accident(deaths: 4, liability: true), Today);

        Assert.Equal(AccidentGrade.Larger, accident.Grade);
        Assert.Equal(4, accident.Deaths);
        Assert.True(accident.IsLiability);
        Assert.Equal(RecordSeverity.Serious, accident.Record.Severity);
        Assert.Contains("较大生产安全事故（责任事故）", accident.Record.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void AVoidedAccidentCannotBeCorrected()
    {
        var accident = ReportedAccident(Accident());
        accident.Record.Void("重复录入", "王股长", Now);

        var error = Assert.Throws<DomainException>(() => accident.Correct(Accident(deaths: 1), Today));

        Assert.Equal("已作废的记录不能修改。", error.Message);
    }
}
