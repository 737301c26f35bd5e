using FangchengCredit.Domain.Grading;
using FangchengCredit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FangchengCredit.Web.Tests.Credit;

/// <summary>The Development demo gives some enterprises records over three years so that every grade appears.</summary>
public sealed class DemoCreditSeeding(CreditPortalFactory factory) : IClassFixture<CreditPortalFactory>
{
    [Fact]
    public async Task ShowsEveryGradeWithAHistoryAndSeedsOnlyOnce()
    {
        for (var i = 0; i < 8; i++) await factory.NewEnterpriseAsync($"方城县演示企业{i + 1}有限公司");

        using (var scope = factory.Services.CreateScope()) await DemoCreditSeed.SeedAsync(scope.ServiceProvider);

        var grades = await factory.WithDbAsync(db => db.CurrentCreditGrades.Select(g => g.Grade).Distinct().ToListAsync());
        Assert.Equal([CreditGrade.A, CreditGrade.B, CreditGrade.C, CreditGrade.D], grades.Order());
        var records = await factory.WithDbAsync(db => db.CreditRecords.CountAsync());
        Assert.True(records >= 15, $"{records} records");
        Assert.True(await factory.WithDbAsync(db => db.CreditRecords.AnyAsync(r => r.Status == Domain.Records.CreditRecordStatus.Expired)));
        var longestHistory = await factory.WithDbAsync(db => db.CreditEvaluations.GroupBy(e => e.EnterpriseId).Select(g => g.Count()).MaxAsync());
        Assert.True(longestHistory >= 2);

        using (var scope = factory.Services.CreateScope()) await DemoCreditSeed.SeedAsync(scope.ServiceProvider);
        Assert.Equal(records, await factory.WithDbAsync(db => db.CreditRecords.CountAsync()));
    }
}
