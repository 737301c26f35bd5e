using FangchengCredit.Domain.Grading;
using FangchengCredit.Web.Features.Credit;
using Microsoft.EntityFrameworkCore;
using static FangchengCredit.Web.Tests.Credit.CreditTestData;

namespace FangchengCredit.Web.Tests.Credit;

/// <summary>
/// The daily job compares each new evaluation with the stored grades' results read by a plain data reader, without their
/// explanation (decision 0016): for every kind of grade the rows say what the entities say.
/// </summary>
public sealed class StoredGradeResultsReadLikeTheirEntities(CreditPortalFactory factory) : IClassFixture<CreditPortalFactory>
{
    [Fact]
    public async Task EveryColumnReadsAsTheEntitySaysIt()
    {
        // Nothing ahead (no stretch end, no next change); a penalty (a stretch); a death (capped at C, a next change).
        var quiet = await factory.NewEnterpriseAsync();
        var penalised = await factory.NewEnterpriseAsync();
        await factory.RecordPenaltyAsync(penalised, Today.AddDays(-3));
        var capped = await factory.NewEnterpriseAsync();
        await factory.RecordAccidentAsync(capped, Today.AddDays(-3), deaths: 1);
        foreach (var id in new[] { quiet, penalised, capped })
        {
            await factory.WithServiceAsync<RegradeResult, CreditGradingService>(s => s.RegradeAsync(id));
        }
        var (from, to) = (Math.Min(quiet, Math.Min(penalised, capped)), Math.Max(quiet, Math.Max(penalised, capped)));

        var (entities, rows) = await factory.WithDbAsync(async db =>
        {
            var grades = await db.CurrentCreditGrades.AsNoTracking()
                .Where(g => g.EnterpriseId >= from && g.EnterpriseId <= to)
                .ToDictionaryAsync(g => g.EnterpriseId, g => g.Result);
            return (grades, await StoredGradeResults.ReadAsync(db, from, to));
        });

        Assert.Equal(entities.OrderBy(e => e.Key), rows.OrderBy(r => r.Key));
        Assert.Null(rows[quiet].ValidThrough);
        Assert.Equal(Today.AddDays(-3).AddYears(1).AddDays(-1), rows[penalised].ValidThrough);
        Assert.Equal((CreditGrade.C, GradeOverride.CappedAtC), (rows[capped].Grade, rows[capped].Override));
        Assert.NotNull(rows[capped].NextChangeGrade);
        Assert.All(rows.Values, r => Assert.NotEqual(0, r.ExplanationHash));
    }
}
