using FangchengCredit.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FangchengCredit.Web.Tests.Credit.CreditTestData;

namespace FangchengCredit.Web.Tests.Credit;

/// <summary>
/// A stored grade stands for every day of its stretch (decision 0016): on a new day the job still evaluates every enterprise,
/// but writes only the grades whose result changed or whose stretch ran out. The standing rows are left exactly as they were,
/// while a grade that really changes in the same batch is rewritten and gets its history line.
/// </summary>
public sealed class ANewDayLeavesStandingGradesUntouched(ANewDayLeavesStandingGradesUntouched.Factory factory)
    : IClassFixture<ANewDayLeavesStandingGradesUntouched.Factory>
{
    /// <summary>Batches of three, so that standing and changing grades share batches.</summary>
    public sealed class Factory : CreditPortalFactory
    {
        protected override IEnumerable<(string Key, string Value)> ExtraSettings => [("Jobs:DailyCredit:BatchSize", "3")];
    }

    [Fact]
    public async Task StandingGradesAreNotRewrittenAndChangedOnesAddHistory()
    {
        var quiet = new[] { await factory.NewEnterpriseAsync(), await factory.NewEnterpriseAsync() };
        var penalised = await factory.NewEnterpriseAsync();
        await factory.RecordPenaltyAsync(penalised, Today.AddDays(-2));
        var job = factory.Services.GetRequiredService<DailyCreditJob>();
        await job.RunOnceAsync(Today);
        var before = await factory.WithDbAsync(db => db.CurrentCreditGrades.AsNoTracking().Where(g => quiet.Contains(g.EnterpriseId)).ToListAsync());
        var history = await factory.WithDbAsync(db => db.CreditEvaluations.CountAsync(e => quiet.Contains(e.EnterpriseId)));
        var penalisedBefore = await factory.CurrentGradeAsync(penalised);
        Assert.Equal(Today.AddDays(-2).AddYears(1).AddDays(-1), penalisedBefore.ValidThrough);

        // A year on the penalty no longer counts: that grade's stretch has run out and it changes; the quiet ones still stand.
        var later = Today.AddDays(-2).AddYears(1);
        var result = await job.RunOnceAsync(later);

        var after = await factory.WithDbAsync(db => db.CurrentCreditGrades.AsNoTracking().Where(g => quiet.Contains(g.EnterpriseId)).ToListAsync());
        Assert.Equal(quiet.Length, after.Count);
        foreach (var grade in after)
        {
            var was = before.Single(g => g.EnterpriseId == grade.EnterpriseId);
            Assert.True(grade.HoldsOn(later));
            Assert.Equal(
                (was.AsOf, was.ValidThrough, was.EvaluatedAtUtc, was.Score, was.Grade, was.NextChange, was.ExplanationJson, was.GradeSince),
                (grade.AsOf, grade.ValidThrough, grade.EvaluatedAtUtc, grade.Score, grade.Grade, grade.NextChange, grade.ExplanationJson, grade.GradeSince));
        }
        Assert.Equal(history, await factory.WithDbAsync(db => db.CreditEvaluations.CountAsync(e => quiet.Contains(e.EnterpriseId))));
        var penalisedAfter = await factory.CurrentGradeAsync(penalised);
        Assert.Equal((100, later), (penalisedAfter.Score, penalisedAfter.AsOf));
        Assert.Equal(later, await factory.WithDbAsync(db => db.CreditEvaluations.Where(e => e.EnterpriseId == penalised).MaxAsync(e => e.AsOf)));
        Assert.True(result.GradesChanged >= 1);

        // The day after: every grade stands, nothing is written at all.
        var again = await job.RunOnceAsync(later.AddDays(1));
        Assert.Equal(0, again.GradesChanged);
        Assert.Equal(penalisedAfter.EvaluatedAtUtc, (await factory.CurrentGradeAsync(penalised)).EvaluatedAtUtc);
    }

    [Fact]
    public async Task AFactChangedBehindTheServicesBackIsCaughtByTheNextRun()
    {
        var id = await factory.NewEnterpriseAsync();
        var penalty = await factory.RecordPenaltyAsync(id, Today.AddDays(-2));
        var job = factory.Services.GetRequiredService<DailyCreditJob>();
        await job.RunOnceAsync(Today);
        Assert.Equal(95, (await factory.CurrentGradeAsync(id)).Score);

        // Voided by a statement that regrades nothing (a DBA's fix, a feature that forgot to regrade): the stored grade's
        // stretch still runs for a year, but its facts are no longer the ones it was evaluated from.
        await factory.WithDbAsync(db => db.CreditRecords.Where(r => r.Id == penalty)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, FangchengCredit.Domain.Records.CreditRecordStatus.Voided)));
        await job.RunOnceAsync(Today.AddDays(1));

        var current = await factory.CurrentGradeAsync(id);
        Assert.Equal((100, Today.AddDays(1)), (current.Score, current.AsOf));
    }
}
