using FangchengCredit.Domain.Records;

namespace FangchengCredit.Domain.Tests.Records;

public class PenaltySeverityByProcedure
{
    [Theory]
    [InlineData(PenaltyProcedure.Summary, "警告", PenaltySeverity.Summary)]
    [InlineData(PenaltyProcedure.Summary, "罚款", PenaltySeverity.Summary)]
    [InlineData(PenaltyProcedure.Summary, null, PenaltySeverity.Summary)]
    [InlineData(PenaltyProcedure.General, "罚款", PenaltySeverity.General)]
    [InlineData(PenaltyProcedure.General, "警告;罚款;没收违法所得", PenaltySeverity.General)]
    [InlineData(PenaltyProcedure.General, "", PenaltySeverity.General)]
    [InlineData(PenaltyProcedure.General, null, PenaltySeverity.General)]
    public void DecidesWhenTheCategoryNamesNoSuspensionOrLicenceMeasure(
        PenaltyProcedure procedure, string? category, PenaltySeverity expected)
    {
        Assert.Equal(expected, PenaltySeverityClassifier.Classify(procedure, category));
    }
}
