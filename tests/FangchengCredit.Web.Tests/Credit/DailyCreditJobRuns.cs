using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FangchengCredit.Web.Tests.Credit.CreditTestData;

namespace FangchengCredit.Web.Tests.Credit;

/// <summary>The daily job expires spent records and regrades every enterprise, in batches, and a second run changes nothing.</summary>
public sealed class DailyCreditJobRuns(DailyCreditJobRuns.Factory factory) : IClassFixture<DailyCreditJobRuns.Factory>
{
    /// <summary>Batches of two, three at a time, so that a handful of enterprises already spans several batches in flight together.</summary>
    public sealed class Factory : CreditPortalFactory
    {
        protected override IEnumerable<(string Key, string Value)> ExtraSettings => [("Jobs:DailyCredit:BatchSize", "2"), ("Jobs:DailyCredit:Parallelism", "3")];
    }

    private DailyCreditJob Job => factory.Services.GetRequiredService<DailyCreditJob>();

    [Fact]
    public async Task ExpiresWhatIsSpentRegradesAndIsIdempotent()
    {
        var penalised = await factory.NewEnterpriseAsync();
        var penalty = await factory.RecordPenaltyAsync(penalised, Today.AddDays(-10));
        var capped = await factory.NewEnterpriseAsync();
        var accident = await factory.RecordAccidentAsync(capped, Today.AddDays(-10), deaths: 1);
        var neverGraded = await factory.NewEnterpriseAsync();
        var others = new[] { await factory.NewEnterpriseAsync(), await factory.NewEnterpriseAsync() };
        Assert.Equal(95, (await factory.CurrentGradeAsync(penalised)).Score);
        Assert.Equal(CreditGrade.C, (await factory.CurrentGradeAsync(capped)).Grade);
        Assert.False(await factory.WithDbAsync(db => db.CurrentCreditGrades.AnyAsync(g => g.EnterpriseId == neverGraded)));

        // A year later both records have stopped counting and are no longer published.
        var later = Today.AddDays(-10).AddYears(1);
        var first = await Job.RunOnceAsync(later);

        Assert.Equal(CreditRecordStatus.Expired, await factory.StatusOfAsync(penalty));
        Assert.Equal(CreditRecordStatus.Expired, await factory.StatusOfAsync(accident));
        Assert.Equal(later, await factory.WithDbAsync(db => db.CreditRecords.Where(r => r.Id == penalty).Select(r => r.ExpiredOn).SingleAsync()));
        Assert.Equal(100, (await factory.CurrentGradeAsync(penalised)).Score);
        Assert.Equal(CreditGrade.A, (await factory.CurrentGradeAsync(capped)).Grade);
        Assert.Equal(later, (await factory.CurrentGradeAsync(neverGraded)).AsOf);
        Assert.Equal(others.Length, await factory.WithDbAsync(db => db.CurrentCreditGrades.CountAsync(g => others.Contains(g.EnterpriseId) && g.AsOf == later)));
        Assert.True(first.Expired >= 2);
        Assert.True(first.GradesChanged >= 3);
        Assert.Equal(await factory.WithDbAsync(db => db.Enterprises.CountAsync()), first.Enterprises);

        var history = await factory.WithDbAsync(db => db.CreditEvaluations.CountAsync());
        var second = await Job.RunOnceAsync(later);

        Assert.Equal(0, second.Expired);
        Assert.Equal(0, second.GradesChanged);
        Assert.Equal(history, await factory.WithDbAsync(db => db.CreditEvaluations.CountAsync()));
        Assert.Equal(CreditRecordStatus.Expired, await factory.StatusOfAsync(penalty));
    }

    [Fact]
    public async Task KeepsARecordWhileItIsStillCountingOrPublished()
    {
        var id = await factory.NewEnterpriseAsync();
        var penalty = await factory.RecordPenaltyAsync(id, Today.AddDays(-10));
        var lastDay = Today.AddDays(-10).AddYears(1).AddDays(-1);

        await Job.RunOnceAsync(lastDay);

        Assert.Equal(CreditRecordStatus.Active, await factory.StatusOfAsync(penalty));
        Assert.Equal(95, (await factory.CurrentGradeAsync(id)).Score);
    }

    [Fact]
    public async Task ExpiresARecordOfAPersonAlone()
    {
        var id = await factory.NewEnterpriseAsync();
        var person = await factory.LegalRepresentativeOfAsync(id);
        var recordId = await factory.WithDbAsync(async db =>
        {
            var record = CreditRecord.Create(CreditRecordKind.Commendation, null, person, Today.AddDays(-5), "优秀安全管理人员", null, null, null, "测试员", DateTime.UtcNow);
            db.CreditRecords.Add(record);
            await db.SaveChangesAsync();
            return record.Id;
        });

        await Job.RunOnceAsync(Today.AddDays(-5).AddYears(1));

        Assert.Equal(CreditRecordStatus.Expired, await factory.StatusOfAsync(recordId));
    }

    [Fact]
    public async Task ARecordEnteredAfterItsPeriodIsExpiredAtOnce()
    {
        var id = await factory.NewEnterpriseAsync();

        var old = await factory.RecordPenaltyAsync(id, Today.AddYears(-2));

        Assert.Equal(CreditRecordStatus.Expired, await factory.StatusOfAsync(old));
        Assert.Equal(100, (await factory.CurrentGradeAsync(id)).Score);
    }

    [Fact]
    public async Task LoadsStandardisationAndInsuranceFromTheEnterprise()
    {
        var id = await factory.NewEnterpriseAsync(standardisation: StandardisationGrade.Level3);
        await factory.RecordPenaltyAsync(id, Today.AddDays(-1), category: "责令停产停业整顿", fine: 0);

        await Job.RunOnceAsync(Today);

        Assert.Equal(88, (await factory.CurrentGradeAsync(id)).Score); // 100 − 15 + 3
    }
}
