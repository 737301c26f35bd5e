using FangchengCredit.Domain.Records;

namespace FangchengCredit.Domain.Tests.Records;

public class PenaltySeverityByCategory
{
    [Theory]
    [InlineData("责令停产停业")]
    [InlineData("停产停业")]
    [InlineData("责令停产")]
    [InlineData("停业")]
    [InlineData("责令停产停业整顿")]
    [InlineData("暂扣安全生产许可证")]
    [InlineData("吊销危险化学品经营许可证")]
    [InlineData("罚款;暂扣或者吊销许可证")]
    public void NamingSuspensionOrLicenceIsTheHarshestRowWhateverTheProcedure(string category)
    {
        Assert.Equal(PenaltySeverity.SuspensionOrLicence, PenaltySeverityClassifier.Classify(PenaltyProcedure.Summary, category));
        Assert.Equal(PenaltySeverity.SuspensionOrLicence, PenaltySeverityClassifier.Classify(PenaltyProcedure.General, category));
    }
}
