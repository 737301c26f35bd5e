using FangchengCredit.Data;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Identifiers;
using FangchengCredit.Web.Features.Credit;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FangchengCredit.Web.Tests.Import;

/// <summary>The regrade inserts grade history untracked; only data the audit trail leaves out may go that way.</summary>
public sealed class DerivedRowsInsertUntracked(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task HistoryLinesAreStoredUntrackedAndRollBackWithTheCallersTransaction()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var enterprise = await db.Enterprises.AsNoTracking().OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
        var before = await db.CreditEvaluations.CountAsync(e => e.EnterpriseId == enterprise);
        var line = HistoryLine(enterprise);

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.InsertDerivedAsync([line, HistoryLine(enterprise)]);
            Assert.Equal(before + 2, await db.CreditEvaluations.CountAsync(e => e.EnterpriseId == enterprise));
            await transaction.RollbackAsync();
        }
        Assert.Equal(before, await db.CreditEvaluations.CountAsync(e => e.EnterpriseId == enterprise));

        await db.InsertDerivedAsync([line]);

        Assert.Equal(before + 1, await db.CreditEvaluations.CountAsync(e => e.EnterpriseId == enterprise));
        Assert.Empty(db.ChangeTracker.Entries());
    }

    [Fact]
    public async Task AuditedRowsAreRefused()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var code = ImportSheet.NewCode();
        var industry = await db.Industries.Select(i => i.Id).FirstAsync();
        var township = await db.Townships.Select(t => t.Code).FirstAsync();
        var enterprise = Enterprise.Register(UnifiedSocialCreditCode.Parse(code),
            new EnterpriseDetails { Name = "方城县不应写入企业", IndustryId = industry, TownshipCode = township }, new DateOnly(2026, 11, 28));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.InsertDerivedAsync([enterprise]));

        Assert.Contains("audited", error.Message, StringComparison.Ordinal);
        Assert.False(await db.Enterprises.AnyAsync(e => e.Code == code));
    }

    private static StoredCreditEvaluation HistoryLine(long enterpriseId)
    {
        var evaluation = new CreditGradingPolicy(GradingRules.Default2026_1)
            .Evaluate(new GradingFacts { Records = [], Standardisation = StandardisationGrade.None }, new DateOnly(2026, 11, 28));
        return StoredCreditEvaluation.From(enterpriseId, evaluation, ExplanationJson.Serialize(evaluation), new DateTime(2026, 11, 28, 1, 0, 0, DateTimeKind.Utc));
    }
}
