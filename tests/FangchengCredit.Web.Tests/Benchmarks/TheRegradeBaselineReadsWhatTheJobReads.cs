using System.Net.Http.Json;
using System.Text.Json;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Tests.Credit;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FangchengCredit.Web.Tests.Credit.CreditTestData;

namespace FangchengCredit.Web.Tests.Benchmarks;

/// <summary>
/// The regrade's raw baseline reads the rows the daily job reads — the records that can count (decision 0018) — and, beside it,
/// every record as the job read them before; the ratio is to the first, the stricter.
/// </summary>
public sealed class TheRegradeBaselineReadsWhatTheJobReads(BaselinesPortalFactory factory) : IClassFixture<BaselinesPortalFactory>
{
    [Fact]
    public async Task Records_that_cannot_count_are_read_only_by_the_every_record_read()
    {
        var enterprise = await factory.NewEnterpriseAsync();
        await factory.RecordPenaltyAsync(enterprise, Today.AddDays(-10));
        await factory.WithDbAsync(async db =>
        {
            var voided = CreditRecord.Create(CreditRecordKind.CommitmentBreached, enterprise, null, Today.AddDays(-5), "测试记录", null, RecordSeverity.General, null, "测试员", DateTime.UtcNow);
            voided.Void("录入错误", "测试员", DateTime.UtcNow);
            db.CreditRecords.Add(voided);
            return await db.SaveChangesAsync();
        });
        var cannotCount = await factory.WithDbAsync(db => db.CreditRecords
            .CountAsync(r => r.EnterpriseId != null && !CreditGradingPolicy.StatusesThatCanCount.Contains(r.Status)));
        using var client = await factory.SignedInAsync(PortalClient.Staff);

        var response = await client.PostAsync("/baselines/regrade", null);

        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(cannotCount > 0);
        // Six columns per record (id, enterprise, kind, date, status, publication end).
        Assert.Equal(6 * cannotCount, result.GetProperty("rawAllRecordsCells").GetInt64() - result.GetProperty("rawCells").GetInt64());
        Assert.Equal(
            result.GetProperty("regradeMs").GetDouble() / result.GetProperty("rawReadMs").GetDouble(),
            result.GetProperty("ratio").GetDouble(), 6);
    }
}
