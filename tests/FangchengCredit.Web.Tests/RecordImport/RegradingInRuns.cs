using FangchengCredit.Web.Features.RecordImport;

namespace FangchengCredit.Web.Tests.RecordImport;

/// <summary>The enterprises of an import are regraded by ranges that hold exactly them, never a neighbour.</summary>
public sealed class RegradingInRuns
{
    [Fact]
    public void ConsecutiveIdsShareARangeAndGapsSplitIt()
    {
        Assert.Equal([(3L, 5L), (9L, 9L), (11L, 12L)], RecordImporter.ConsecutiveRuns([12, 3, 4, 9, 5, 11, 4]));
    }

    [Fact]
    public void NoIdsNoRanges()
    {
        Assert.Empty(RecordImporter.ConsecutiveRuns([]));
    }
}
