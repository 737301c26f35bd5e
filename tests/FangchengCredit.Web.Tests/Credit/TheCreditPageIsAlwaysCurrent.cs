using FangchengCredit.Domain.Grading;
using FangchengCredit.Web.Tests.Infrastructure;
using FangchengCredit.Web.Tests.Registry;
using Microsoft.EntityFrameworkCore;
using static FangchengCredit.Web.Tests.Credit.CreditTestData;

namespace FangchengCredit.Web.Tests.Credit;

/// <summary>
/// Opening the credit page regrades the enterprise, so changes made elsewhere show at once; unchanged, nothing is written. An edit
/// of the enterprise's standardisation or insurance regrades at once too, so the list and the API never wait for the daily job.
/// </summary>
public sealed class TheCreditPageIsAlwaysCurrent(CreditPortalFactory factory) : IClassFixture<CreditPortalFactory>
{
    [Fact]
    public async Task AStandardisationGradeGivenOnTheEnterprisePageCountsAtOnce()
    {
        var id = await factory.NewEnterpriseAsync();
        await factory.RecordPenaltyAsync(id, Today.AddDays(-5), category: "责令停产停业整顿", fine: 0);
        Assert.Equal(85, (await factory.CurrentGradeAsync(id)).Score);
        await factory.WithDbAsync(async db =>
        {
            var enterprise = await db.Enterprises.SingleAsync(e => e.Id == id);
            enterprise.UpdateDetails(enterprise.Details with { Standardisation = StandardisationGrade.Level1, LiabilityInsuranceValidUntil = Today.AddMonths(6) });
            return await db.SaveChangesAsync();
        });
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var page = await staff.GetDocumentAsync($"/Enterprises/{id}/Credit");

        Assert.Equal("97", page.QuerySelector("[data-testid=score]")!.TextContent.Trim()); // 100 − 15 + 10 + 2
        Assert.Equal("A", page.QuerySelector("[data-testid=grade]")!.TextContent.Trim());
    }

    [Fact]
    public async Task ViewingAnUnchangedEnterpriseWritesNothing()
    {
        var id = await factory.NewEnterpriseAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        await staff.GetAsync(Url($"/Enterprises/{id}/Credit"));
        var before = await factory.CurrentGradeAsync(id);
        var history = await factory.WithDbAsync(db => db.CreditEvaluations.CountAsync(e => e.EnterpriseId == id));

        await staff.GetAsync(Url($"/Enterprises/{id}/Credit"));

        Assert.Equal(before.EvaluatedAtUtc, (await factory.CurrentGradeAsync(id)).EvaluatedAtUtc);
        Assert.Equal(history, await factory.WithDbAsync(db => db.CreditEvaluations.CountAsync(e => e.EnterpriseId == id)));
    }

    [Fact]
    public async Task EditingTheStandardisationAndInsuranceRegradesAtOnce()
    {
        var id = await factory.NewEnterpriseAsync();
        await factory.RecordPenaltyAsync(id, Today.AddDays(-5), category: "责令停产停业整顿", fine: 0);
        Assert.Equal(85, (await factory.CurrentGradeAsync(id)).Score);
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var fields = await staff.EditFieldsAsync(id);
        // The test enterprise has a legal representative only; the form asks for a principal too.
        fields["PrincipalSameAsLegalRepresentative"] = "true";
        fields["Standardisation"] = nameof(StandardisationGrade.Level1);
        fields["LiabilityInsuranceValidUntil"] = Today.AddMonths(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await staff.PostFormAsync($"/Enterprises/{id}/Edit", $"/Enterprises/{id}/Edit", fields)).StatusCode);

        // The stored grade, as the list and the partners' API read it, without opening the credit page.
        var current = await factory.CurrentGradeAsync(id);
        Assert.Equal((97, CreditGrade.A), (current.Score, current.Grade));
        Assert.Equal(Today.AddMonths(6), current.ValidThrough);
    }
}
