using FangchengCredit.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FangchengCredit.Web.Tests.Credit.CreditTestData;

namespace FangchengCredit.Web.Tests.Credit;

/// <summary>
/// On a new day most grades are the same but for their day: the job writes those as one statement per batch. The rows must end up
/// as <c>CurrentCreditGrade.Update</c> leaves them (day and time moved, grade since, explanation and history untouched), while a
/// grade that really changes in the same batch still gets its history line.
/// </summary>
public sealed class ANewDayMovesOnlyTheDayOfUnchangedGrades(ANewDayMovesOnlyTheDayOfUnchangedGrades.Factory factory)
    : IClassFixture<ANewDayMovesOnlyTheDayOfUnchangedGrades.Factory>
{
    /// <summary>Batches of three, so that unchanged and changed grades share batches.</summary>
    public sealed class Factory : CreditPortalFactory
    {
        protected override IEnumerable<(string Key, string Value)> ExtraSettings => [("Jobs:DailyCredit:BatchSize", "3")];
    }

    [Fact]
    public async Task UnchangedGradesMoveTheirDayAndChangedOnesAddHistory()
    {
        var quiet = new[] { await factory.NewEnterpriseAsync(), await factory.NewEnterpriseAsync() };
        var penalised = await factory.NewEnterpriseAsync();
        await factory.RecordPenaltyAsync(penalised, Today.AddDays(-2));
        var job = factory.Services.GetRequiredService<DailyCreditJob>();
        await job.RunOnceAsync(Today);
        var before = await factory.WithDbAsync(db => db.CurrentCreditGrades.AsNoTracking().Where(g => quiet.Contains(g.EnterpriseId)).ToListAsync());
        var history = await factory.WithDbAsync(db => db.CreditEvaluations.CountAsync(e => quiet.Contains(e.EnterpriseId)));

        // A year on the penalty no longer counts: that grade changes, the quiet ones only move their day.
        var later = Today.AddDays(-2).AddYears(1).AddDays(1);
        var result = await job.RunOnceAsync(later);

        var after = await factory.WithDbAsync(db => db.CurrentCreditGrades.AsNoTracking().Where(g => quiet.Contains(g.EnterpriseId)).ToListAsync());
        foreach (var grade in after)
        {
            var was = before.Single(g => g.EnterpriseId == grade.EnterpriseId);
            Assert.Equal(later, grade.AsOf);
            Assert.True(grade.EvaluatedAtUtc > was.EvaluatedAtUtc);
            Assert.Equal(
                (was.Score, was.Grade, was.BandGrade, was.Override, was.RuleVersion, was.NextChange, was.NextChangeGrade, was.ExplanationJson, was.GradeSince),
                (grade.Score, grade.Grade, grade.BandGrade, grade.Override, grade.RuleVersion, grade.NextChange, grade.NextChangeGrade, grade.ExplanationJson, grade.GradeSince));
        }
        Assert.Equal(history, await factory.WithDbAsync(db => db.CreditEvaluations.CountAsync(e => quiet.Contains(e.EnterpriseId))));
        Assert.Equal(100, (await factory.CurrentGradeAsync(penalised)).Score);
        Assert.Equal(later, await factory.WithDbAsync(db => db.CreditEvaluations.Where(e => e.EnterpriseId == penalised).MaxAsync(e => e.AsOf)));
        Assert.True(result.GradesChanged >= 1);

        // The same day again: nothing to write at all.
        var again = await job.RunOnceAsync(later);
        Assert.Equal(0, again.GradesChanged);
        Assert.Equal(after.OrderBy(g => g.EnterpriseId).Select(g => g.EvaluatedAtUtc),
            await factory.WithDbAsync(db => db.CurrentCreditGrades.AsNoTracking().Where(g => quiet.Contains(g.EnterpriseId))
                .OrderBy(g => g.EnterpriseId).Select(g => g.EvaluatedAtUtc).ToListAsync()));
    }
}
