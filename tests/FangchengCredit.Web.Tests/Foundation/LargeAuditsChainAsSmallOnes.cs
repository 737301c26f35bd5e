using FangchengCredit.Data.Auditing;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Tests.Credit;

namespace FangchengCredit.Web.Tests.Foundation;

/// <summary>
/// A large save prepares its audit entries' JSON and hashed content in parallel and only chains them in order: the entries
/// must be exactly those built one by one, and each must verify.
/// </summary>
public sealed class LargeAuditsChainAsSmallOnes(CreditPortalFactory factory) : IClassFixture<CreditPortalFactory>
{
    [Fact]
    public async Task Entries_prepared_in_parallel_are_the_entries_built_in_order()
    {
        var type = await factory.WithDbAsync(db => Task.FromResult(db.Model.FindEntityType(typeof(CreditRecord))!));
        var recorder = AuditRecorder.Empty();
        var count = AuditRecorder.PreparedInParallelFrom + 1000;
        recorder.AddInserted(Enumerable.Range(1, count).Select(i => (type, (object)CreditRecord.Create(
            CreditRecordKind.Commendation, i, null, new DateOnly(2026, 1, 1).AddDays(i % 300), $"表彰记录 {i}", null, null, null, "测试员", DateTime.UtcNow))));
        var now = new DateTime(2026, 11, 28, 1, 2, 3, DateTimeKind.Utc).AddTicks(1234);
        var actor = SystemAuditActor.Instance;

        var inOrder = recorder.BuildEntries(41, AuditHasher.GenesisHash, now, actor, parallelFrom: int.MaxValue);
        var parallel = recorder.BuildEntries(41, AuditHasher.GenesisHash, now, actor, parallelFrom: 1);

        Assert.Equal(count, parallel.Count);
        Assert.Equal(inOrder.Select(Describe), parallel.Select(Describe));
        Assert.Equal(Enumerable.Range(42, count).Select(i => (long)i), parallel.Select(e => e.Sequence));
        Assert.All(parallel, e => Assert.Equal(AuditHasher.Compute(e), e.Hash));
        Assert.Equal(parallel.SkipLast(1).Select(e => e.Hash).Prepend(AuditHasher.GenesisHash), parallel.Select(e => e.PreviousHash));
        Assert.Contains("表彰记录 2049", parallel[2048].Changes, StringComparison.Ordinal);
    }

    private static string Describe(AuditEntry e) =>
        string.Join('|', e.Sequence, e.TimestampUtc.Ticks, e.UserId, e.UserName, e.EntityType, e.EntityKey, e.Action, e.Changes, e.PreviousHash, e.Hash);
}
