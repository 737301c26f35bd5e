using FangchengCredit.Web.Infrastructure.Jobs;

namespace FangchengCredit.Web.Tests.Credit;

/// <summary>
/// The daily job cuts the registry into batches of graded enterprises, smaller where enterprises have no grade yet: those are
/// evaluated and written in full, and a batch holds what it writes until its turn (decision 0016, the server's peak memory).
/// </summary>
public class DailyCreditJobBatches
{
    private static readonly long[] Ids = [3, 4, 7, 8, 9, 10, 15, 16, 20, 21, 22, 30];

    [Fact]
    public void GradedEnterprisesGoInBatchesOfTheBatchSize()
    {
        Assert.Equal([(3L, 9L), (10L, 21L), (22L, 30L)], DailyCreditJob.Ranges(Ids, Ids, batchSize: 5, ungradedBatchSize: 2));
    }

    [Fact]
    public void UngradedEnterprisesGoInBatchesOfTheUngradedBatchSize()
    {
        Assert.Equal([(3L, 4L), (7L, 8L), (9L, 10L), (15L, 16L), (20L, 21L), (22L, 30L)],
            DailyCreditJob.Ranges(Ids, [], batchSize: 5, ungradedBatchSize: 2));
    }

    [Fact]
    public void AMixedRegistryWeighsEachEnterpriseByWhetherItIsGraded()
    {
        // 3 and 4 ungraded (2.5 each of 5), then graded ones count 1: 3–4 fill the first batch; 7–15 (five graded) the second.
        long[] graded = [7, 8, 9, 10, 15, 16, 20, 21, 22, 30];

        var ranges = DailyCreditJob.Ranges(Ids, graded, batchSize: 5, ungradedBatchSize: 2);

        Assert.Equal([(3L, 4L), (7L, 15L), (16L, 30L)], ranges);
    }

    [Fact]
    public void EveryEnterpriseFallsInExactlyOneBatch()
    {
        var random = new Random(6);
        var ids = Enumerable.Range(1, 2_000).Select(i => (long)(i * 3 + random.Next(3))).ToList();
        var graded = ids.Where(_ => random.Next(3) > 0).ToList();

        var ranges = DailyCreditJob.Ranges(ids, graded, batchSize: 50, ungradedBatchSize: 10);

        Assert.Equal(ids, ids.Where(id => ranges.Count(r => id >= r.From && id <= r.To) == 1));
        Assert.True(ranges.Zip(ranges.Skip(1)).All(p => p.First.To < p.Second.From));
        Assert.Empty(DailyCreditJob.Ranges([], [], 50, 10));
    }
}
