using System.Net;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Features.Credit;
using FangchengCredit.Web.Infrastructure.Jobs;
using FangchengCredit.Web.Tests.Foundation;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FangchengCredit.Web.Tests.Credit.CreditTestData;

namespace FangchengCredit.Web.Tests.Credit;

/// <summary>Records, grading, the daily job and the API on a real PostgreSQL server (tests/run.sh starts one).</summary>
public sealed class CreditOnPostgreSql
{
    [SkippableFact]
    public async Task RecordsAreGradedExpiredAndServed()
    {
        var server = Requirements.PostgresConnectionOrSkip();
        await using var database = await PostgresDatabase.CreateAsync(server);
        using var factory = new CreditPortalFactory { PostgresConnectionString = database.ConnectionString };

        var id = await factory.NewEnterpriseAsync("方城县测试（PostgreSQL）有限公司");
        var penalty = await factory.RecordPenaltyAsync(id, Today.AddDays(-10), fine: 2.000001m);
        await factory.RecordAccidentAsync(id, Today.AddDays(-5), deaths: 1);

        var current = await factory.CurrentGradeAsync(id);
        Assert.Equal(75, current.Score);
        Assert.Equal(CreditGrade.C, current.Grade);
        Assert.Equal([2.000001m], await factory.WithDbAsync(db => db.Penalties.Where(p => p.EnterpriseId == id && p.FineWanYuan > 2m).Select(p => p.FineWanYuan).ToListAsync()));

        var job = factory.Services.GetRequiredService<DailyCreditJob>();
        await job.RunOnceAsync(Today.AddYears(1));
        Assert.Equal(CreditRecordStatus.Expired, await factory.StatusOfAsync(penalty));
        Assert.Equal(CreditGrade.A, (await factory.CurrentGradeAsync(id)).Grade);

        // The next day the grade stands (decision 0016): nothing is written, no history line.
        var history = await factory.WithDbAsync(db => db.CreditEvaluations.CountAsync(e => e.EnterpriseId == id));
        var standing = await factory.CurrentGradeAsync(id);
        await job.RunOnceAsync(Today.AddYears(1).AddDays(1));
        Assert.Equal((Today.AddYears(1), standing.EvaluatedAtUtc), ((await factory.CurrentGradeAsync(id)).AsOf, (await factory.CurrentGradeAsync(id)).EvaluatedAtUtc));
        Assert.True((await factory.CurrentGradeAsync(id)).HoldsOn(Today.AddYears(1).AddDays(1)));
        // What the job compares with, read by its plain reader on PostgreSQL: what the entity says.
        Assert.Equal((await factory.CurrentGradeAsync(id)).Result, (await factory.WithDbAsync(db => StoredGradeResults.ReadAsync(db, id, id)))[id]);
        Assert.Equal(CreditGrade.A, (await factory.CurrentGradeAsync(id)).Grade);
        Assert.Equal(history, await factory.WithDbAsync(db => db.CreditEvaluations.CountAsync(e => e.EnterpriseId == id)));

        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", CreditPortalFactory.ApiKey);
        var response = await client.GetAsync(Url("/api/v1/credit/" + await factory.CodeOfAsync(id)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(Url($"/Enterprises/{id}/Credit"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(Url($"/Records/Enterprises/{id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(Url("/Records?q=PostgreSQL"))).StatusCode);
    }
}
