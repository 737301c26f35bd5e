using FangchengCredit.Data.Auditing;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Infrastructure.Jobs;
using FangchengCredit.Web.Tests.Credit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FangchengCredit.Web.Tests.Credit.CreditTestData;

namespace FangchengCredit.Web.Tests.Benchmarks;

/// <summary>
/// The daily regrade reads records untracked for speed (docs/benchmarks.md) and re-reads only the spent ones tracked:
/// every expiry must still reach the audit trail, once, on an unbroken chain, and untouched records must not.
/// </summary>
public sealed class TheFasterRegradeStillAuditsEveryExpiry(TheFasterRegradeStillAuditsEveryExpiry.Factory factory)
    : IClassFixture<TheFasterRegradeStillAuditsEveryExpiry.Factory>
{
    public sealed class Factory : CreditPortalFactory
    {
        protected override IEnumerable<(string Key, string Value)> ExtraSettings => [("Jobs:DailyCredit:BatchSize", "2")];
    }

    [Fact]
    public async Task Each_expired_record_has_one_update_entry_and_the_chain_verifies()
    {
        var spentOwner = await factory.NewEnterpriseAsync();
        var spent = await factory.RecordPenaltyAsync(spentOwner, Today.AddDays(-10));
        var freshOwner = await factory.NewEnterpriseAsync();
        var fresh = await factory.RecordPenaltyAsync(freshOwner, Today.AddDays(-5));
        var before = await factory.WithDbAsync(db => db.AuditEntries.MaxAsync(e => e.Sequence));

        await factory.Services.GetRequiredService<DailyCreditJob>().RunOnceAsync(Today.AddDays(-10).AddYears(1));

        Assert.Equal(CreditRecordStatus.Expired, await factory.StatusOfAsync(spent));
        Assert.Equal(CreditRecordStatus.Active, await factory.StatusOfAsync(fresh));
        var entries = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Sequence > before && e.EntityType == nameof(CreditRecord))
            .ToListAsync());
        var expiry = Assert.Single(entries, e => e.EntityKey == spent.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Updated", expiry.Action);
        Assert.Contains("\"Status\"", expiry.Changes, StringComparison.Ordinal);
        Assert.Contains("\"ExpiredOn\"", expiry.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain(entries, e => e.EntityKey == fresh.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True((await factory.WithDbAsync(db => AuditChainVerifier.VerifyAsync(db))).IsIntact);
    }
}
