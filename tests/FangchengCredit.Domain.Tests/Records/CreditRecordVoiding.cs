using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;
using FangchengCredit.Domain.Tests.Builders;
using static FangchengCredit.Domain.Tests.Records.RecordBuilders;

namespace FangchengCredit.Domain.Tests.Records;

/// <summary>A voided record is kept with its reason and never counts again.</summary>
public class CreditRecordVoiding
{
    [Fact]
    public void KeepsTheReasonAndWhoVoidedIt()
    {
        var record = DecidedPenalty(Penalty()).Record;

        record.Void("  文号录入错误  ", "王股长", Now);

        Assert.Equal(CreditRecordStatus.Voided, record.Status);
        Assert.Equal("文号录入错误", record.VoidReason);
        Assert.Equal("王股长", record.VoidedBy);
        Assert.Equal(Now, record.VoidedAtUtc);
    }

    [Fact]
    public void NeedsAReason()
    {
        var record = DecidedPenalty(Penalty()).Record;

        Assert.Equal("作废原因不能为空。", Assert.Throws<DomainException>(() => record.Void(" ", "王股长", Now)).Message);
        Assert.Equal(CreditRecordStatus.Active, record.Status);
    }

    [Fact]
    public void CannotBeVoidedTwice()
    {
        var record = DecidedPenalty(Penalty()).Record;
        record.Void("重复录入", "王股长", Now);

        Assert.Equal("该记录已作废。", Assert.Throws<DomainException>(() => record.Void("再次", "赵股长", Now)).Message);
        Assert.Equal("王股长", record.VoidedBy);
    }

    [Fact]
    public void StopsCountingInTheGrade()
    {
        var penalty = DecidedPenalty(Penalty());
        var before = Grader.Evaluate(new GradingFactsBuilder().WithRecord(penalty.Record.ToFact(penaltySeverity: penalty.Severity)), Today);

        penalty.Record.Void("错误录入", "王股长", Now);
        var after = Grader.Evaluate(new GradingFactsBuilder().WithRecord(penalty.Record.ToFact(penaltySeverity: penalty.Severity)), Today);

        Assert.Equal(95, before.Score.Value);
        Assert.Equal(100, after.Score.Value);
        Assert.Empty(after.Lines);
    }
}
