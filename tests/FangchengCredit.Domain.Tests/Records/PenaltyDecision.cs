using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Records;
using FangchengCredit.Domain.Tests.Builders;
using static FangchengCredit.Domain.Tests.Records.RecordBuilders;

namespace FangchengCredit.Domain.Tests.Records;

/// <summary>A penalty keeps its 双公示 fields and derives its grading row and publication end once.</summary>
public class PenaltyDecision
{
    [Theory]
    [InlineData(PenaltyProcedure.Summary, "警告", PenaltySeverity.Summary, RecordSeverity.Minor, 2026, 5, 31)]
    [InlineData(PenaltyProcedure.General, "罚款", PenaltySeverity.General, RecordSeverity.General, 2027, 2, 28)]
    [InlineData(PenaltyProcedure.Summary, "罚款;责令停产停业整顿", PenaltySeverity.SuspensionOrLicence, RecordSeverity.Serious, 2029, 2, 28)]
    public void DerivesSeverityAndPublicationEnd(
        PenaltyProcedure procedure, string category, PenaltySeverity severity, RecordSeverity recordSeverity, int y, int m, int d)
    {
        var penalty = DecidedPenalty(Penalty(procedure, category));

        Assert.Equal(severity, penalty.Severity);
        Assert.Equal(recordSeverity, penalty.Record.Severity);
        Assert.Equal(Day.Of(y, m, d), penalty.Record.PublicationEnd);
        Assert.Equal(CreditRecordKind.Penalty, penalty.Record.Kind);
        Assert.Equal("方应急罚〔2026〕12号", penalty.Record.DocumentNumber);
    }

    [Fact]
    public void KeepsTheAmountsExactToTheFen()
    {
        var penalty = DecidedPenalty(Penalty(fine: 1.234567m) with { ConfiscatedWanYuan = 0.000001m });

        Assert.Equal(1.234567m, penalty.FineWanYuan);
        Assert.Equal(1_234_567L, WanYuan.ToFen(penalty.FineWanYuan));
        Assert.Equal(0.000001m, WanYuan.FromFen(WanYuan.ToFen(penalty.ConfiscatedWanYuan)));
        Assert.Equal("1.234567", WanYuan.Format(penalty.FineWanYuan));
    }

    [Fact]
    public void RefusesAmountsFinerThanAFen()
    {
        var error = Assert.Throws<DomainException>(() => DecidedPenalty(Penalty(fine: 0.0000001m)));

        Assert.Equal("罚款金额最多保留6位小数（精确到分）。", error.Message);
    }

    [Fact]
    public void AFineNeedsAnAmount()
    {
        var error = Assert.Throws<DomainException>(() => DecidedPenalty(Penalty(category: "罚款", fine: 0)));

        Assert.Equal("处罚类别含罚款时，罚款金额应大于0。", error.Message);
    }

    [Fact]
    public void ARevokedLicenceNeedsItsName()
    {
        var error = Assert.Throws<DomainException>(() => DecidedPenalty(Penalty(category: "吊销许可证", fine: 0)));
        Assert.Equal("处罚类别含暂扣或吊销证照时，应填写证照名称及编号。", error.Message);

        var penalty = DecidedPenalty(Penalty(category: "吊销许可证", fine: 0, licence: "危险化学品经营许可证 豫宛方危化经字〔2024〕001号"));
        Assert.Equal(PenaltySeverity.SuspensionOrLicence, penalty.Severity);
    }

    [Fact]
    public void RefusesAWrongSubjectCodeAndAFutureDecision()
    {
        var code = Assert.Throws<DomainException>(() => DecidedPenalty(Penalty() with { SubjectCode = "91350100M000100Y44" }));
        Assert.StartsWith("行政相对人统一社会信用代码有误", code.Message, StringComparison.Ordinal);

        var future = Assert.Throws<DomainException>(() => DecidedPenalty(Penalty(on: Today.AddDays(1))));
        Assert.Equal("处罚决定日期不能晚于今天。", future.Message);
    }

    [Fact]
    public void RequiresTheDocumentNumberAndTheFacts()
    {
        Assert.Equal("处罚决定书文号不能为空。", Assert.Throws<DomainException>(() => DecidedPenalty(Penalty(document: " "))).Message);
        Assert.Equal("违法事实不能为空。", Assert.Throws<DomainException>(() => DecidedPenalty(Penalty() with { ViolationFacts = "" })).Message);
    }
}
