using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Features.Credit;
using Microsoft.EntityFrameworkCore;
using static FangchengCredit.Web.Tests.Credit.CreditTestData;

namespace FangchengCredit.Web.Tests.Credit;

/// <summary>
/// The regrading reads records as a lean projection (their grading columns, with the accident's and penalty's grading details):
/// for every kind and every status that can count it gives the same facts as the entities with their details, and it leaves out
/// the records that cannot count (decision 0018).
/// </summary>
public sealed class ProjectedRecordsGradeLikeTheirEntities(CreditPortalFactory factory) : IClassFixture<CreditPortalFactory>
{
    [Fact]
    public async Task EveryKindAndCountingStatusGivesTheSameFactAndTheRestAreLeftOut()
    {
        var enterprise = await factory.NewEnterpriseAsync();
        await factory.RecordAccidentAsync(enterprise, Today.AddDays(-30), deaths: 2, injuries: 3);
        await factory.RecordAccidentAsync(enterprise, Today.AddDays(-20), liability: false, concealed: true);
        await factory.RecordPenaltyAsync(enterprise, Today.AddDays(-40));
        await factory.RecordPenaltyAsync(enterprise, Today.AddDays(-50), PenaltyProcedure.Summary, "警告", fine: 0);
        await factory.RecordCommendationAsync(enterprise, Today.AddDays(-60));
        await factory.WithDbAsync(async db =>
        {
            foreach (var kind in new[] { CreditRecordKind.CommitmentKept, CreditRecordKind.CommitmentBreached, CreditRecordKind.HazardNotRectified })
            {
                var severity = kind.IsGood() ? (RecordSeverity?)null : RecordSeverity.General;
                db.CreditRecords.Add(CreditRecord.Create(kind, enterprise, null, Today.AddDays(-70), "测试记录", null, severity, Today.AddDays(-1), "测试员", DateTime.UtcNow));
            }
            // One expired and one voided record: they cannot count, and are left out. (A repaired record counts; no
            // transition reaches that status yet.)
            var spent = CreditRecord.Create(CreditRecordKind.HazardNotRectified, enterprise, null, Today.AddYears(-3), "测试记录", null, RecordSeverity.General, Today.AddYears(-3), "测试员", DateTime.UtcNow);
            spent.ExpireIfSpent(Today, Today.AddYears(-2));
            var voided = CreditRecord.Create(CreditRecordKind.CommitmentBreached, enterprise, null, Today.AddDays(-5), "测试记录", null, RecordSeverity.General, null, "测试员", DateTime.UtcNow);
            voided.Void("录入错误", "测试员", DateTime.UtcNow);
            db.CreditRecords.AddRange(spent, voided);
            return await db.SaveChangesAsync();
        });

        var (entityFacts, projectedFacts) = await factory.WithDbAsync(async db =>
        {
            var records = await db.CreditRecords.AsNoTracking().Where(r => r.EnterpriseId == enterprise).ToListAsync();
            var accidents = await db.Accidents.AsNoTracking().Where(a => a.EnterpriseId == enterprise).ToDictionaryAsync(a => a.Id);
            var penalties = await db.Penalties.AsNoTracking().Where(p => p.EnterpriseId == enterprise).ToDictionaryAsync(p => p.Id, p => p.Severity);
            var entities = records
                .Select(r => r.ToFact(accidents.GetValueOrDefault(r.Id), penalties.TryGetValue(r.Id, out var s) ? s : null))
                .OrderBy(f => f.RecordId).ToList();
            var projected = (await RecordGradingRow.ReadAsync(db, enterprise, enterprise))
                .Select(r => r.ToFact()).OrderBy(f => f.RecordId).ToList();
            return (entities, projected);
        });

        Assert.Equal(10, entityFacts.Count);
        Assert.Equal(
            Enum.GetValues<CreditRecordKind>().Order(),
            (await factory.WithDbAsync(db => db.CreditRecords.Where(r => r.EnterpriseId == enterprise).Select(r => r.Kind).Distinct().ToListAsync())).Order());
        Assert.Contains(entityFacts, f => f.Status == CreditRecordStatus.Expired);
        Assert.Contains(entityFacts, f => f.Status == CreditRecordStatus.Voided);
        Assert.Equal(8, projectedFacts.Count);
        Assert.Equal(entityFacts.Where(f => CreditGradingPolicy.CanEverCount(f.Status)).Select(Describe), projectedFacts.Select(Describe));
    }

    [Fact]
    public async Task RecordsComeOnlyFromTheEnterprisesInTheRange()
    {
        var first = await factory.NewEnterpriseAsync();
        var second = await factory.NewEnterpriseAsync();
        var outside = await factory.NewEnterpriseAsync();
        await factory.RecordPenaltyAsync(first, Today.AddDays(-3));
        await factory.RecordAccidentAsync(second, Today.AddDays(-3), deaths: 1);
        await factory.RecordCommendationAsync(outside, Today.AddDays(-3));

        var rows = await factory.WithDbAsync(db => RecordGradingRow.ReadAsync(db, first, second));

        Assert.Equal([first, second], rows.Select(r => r.EnterpriseId).Distinct().Order());
        Assert.Equal(CreditFactKind.Accident, rows.Single(r => r.EnterpriseId == second).ToFact().Kind);
    }

    [Fact]
    public async Task EnterprisesAreReadInIdOrderLikeTheirEntities()
    {
        var levels = new[] { StandardisationGrade.Level1, StandardisationGrade.None, StandardisationGrade.Level3 };
        var ids = new List<long>();
        foreach (var level in levels) ids.Add(await factory.NewEnterpriseAsync(standardisation: level));
        // One insured, one not, one insured until a later day.
        await factory.WithDbAsync(async db =>
        {
            var enterprises = await db.Enterprises.Where(e => ids.Contains(e.Id)).OrderBy(e => e.Id).ToListAsync();
            enterprises[0].UpdateDetails(enterprises[0].Details with { LiabilityInsuranceValidUntil = Today.AddDays(30) });
            enterprises[2].UpdateDetails(enterprises[2].Details with { LiabilityInsuranceValidUntil = Today.AddYears(1) });
            return await db.SaveChangesAsync();
        });

        var (first, last) = (ids[0], ids[^1]);
        var (entities, rows) = await factory.WithDbAsync(async db => (
            await db.Enterprises.AsNoTracking().Where(e => e.Id >= first && e.Id <= last).OrderBy(e => e.Id)
                .Select(e => new EnterpriseGradingRow(e.Id, e.Standardisation, e.LiabilityInsuranceValidUntil)).ToListAsync(),
            await EnterpriseGradingRow.ReadAsync(db, first, last)));

        Assert.Equal(3, rows.Count);
        Assert.Equal(levels, rows.Select(r => r.Standardisation));
        Assert.Equal([Today.AddDays(30), null, Today.AddYears(1)], rows.Select(r => r.LiabilityInsuranceValidUntil));
        Assert.Equal(entities, rows);
    }

    private static string Describe(CreditFact f) =>
        $"{f.RecordId} {f.Kind} {f.Date} {f.Status} {f.AccidentGrade} {f.IsLiability} {f.Deaths} {f.SeriousInjuries} {f.Concealed}";
}
