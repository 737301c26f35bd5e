using FangchengCredit.Web.Tests.Credit;
using FangchengCredit.Web.Tests.Infrastructure;

namespace FangchengCredit.Web.Tests.Registry;

public sealed class ListGradeFilter(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ShowsEachEnterprisesCurrentGradeAndFiltersByIt()
    {
        var capped = await factory.NewEnterpriseAsync("方城县等级筛选甲化工有限公司");
        var clean = await factory.NewEnterpriseAsync("方城县等级筛选乙化工有限公司");
        await factory.RecordAccidentAsync(capped, CreditTestData.Today.AddDays(-3), deaths: 1);
        await factory.WithServiceAsync<int, FangchengCredit.Web.Features.Credit.CreditGradingService>(async s =>
        {
            await s.RegradeAsync(clean);
            return 0;
        });
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var gradeC = await staff.GetDocumentAsync("/Enterprises?q=" + Uri.EscapeDataString("等级筛选") + "&grade=C");
        var rows = gradeC.QuerySelectorAll("[data-testid=enterprises] tbody tr");
        var row = Assert.Single(rows);
        Assert.Contains("方城县等级筛选甲化工有限公司", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("C", row.QuerySelector(".grade-badge")!.TextContent.Trim());

        var gradeA = await staff.GetDocumentAsync("/Enterprises?q=" + Uri.EscapeDataString("等级筛选") + "&grade=A");
        Assert.Contains("方城县等级筛选乙化工有限公司", Assert.Single(gradeA.QuerySelectorAll("[data-testid=enterprises] tbody tr")).TextContent, StringComparison.Ordinal);
    }
}
