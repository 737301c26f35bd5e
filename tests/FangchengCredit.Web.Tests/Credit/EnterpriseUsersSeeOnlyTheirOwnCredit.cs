using System.Net;
using FangchengCredit.Web.Tests.Infrastructure;
using static FangchengCredit.Web.Tests.Credit.CreditTestData;

namespace FangchengCredit.Web.Tests.Credit;

/// <summary>An enterprise user reaches its own grade, records and report, and gets 404 for any other enterprise's.</summary>
public sealed class EnterpriseUsersSeeOnlyTheirOwnCredit(CreditPortalFactory factory) : IClassFixture<CreditPortalFactory>
{
    [Fact]
    public async Task MyCreditShowsTheGradeTheReasonsTheRecordsAndHowToRepair()
    {
        var id = await factory.NewEnterpriseAsync("方城县永兴烟花爆竹销售有限公司");
        var penalty = await factory.RecordPenaltyAsync(id, Today.AddDays(-40));
        var commendation = await factory.RecordCommendationAsync(id, Today.AddDays(-3));
        var user = await factory.SignedInEnterpriseAsync(id);

        var page = await user.GetDocumentAsync("/My/Credit");

        Assert.Contains("方城县永兴烟花爆竹销售有限公司", page.QuerySelector("h1 + div")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("A", page.QuerySelector("[data-testid=grade]")!.TextContent.Trim());
        Assert.Equal("100", page.QuerySelector("[data-testid=score]")!.TextContent.Trim());
        var explanation = page.QuerySelector("[data-testid=explanation]")!.TextContent;
        Assert.Contains("一般程序行政处罚", explanation, StringComparison.Ordinal);
        Assert.Contains("表彰奖励", explanation, StringComparison.Ordinal);
        var records = page.QuerySelectorAll("[data-testid=records] tbody tr").Select(r => r.GetAttribute("data-record-id")).ToList();
        Assert.Equal([commendation.ToString(System.Globalization.CultureInfo.InvariantCulture), penalty.ToString(System.Globalization.CultureInfo.InvariantCulture)], records);
        Assert.Contains(Today.AddDays(-40).AddYears(1).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            page.QuerySelector("[data-testid=upcoming]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("信用修复承诺书", page.QuerySelector("[data-testid=repair]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("我的信用", page.QuerySelector("nav")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("信用记录", page.QuerySelector("nav")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherEnterprisesCreditRecordsAndReportAreNotFound()
    {
        var own = await factory.NewEnterpriseAsync();
        var other = await factory.NewEnterpriseAsync();
        var otherRecord = await factory.RecordPenaltyAsync(other, Today.AddDays(-2));
        var user = await factory.SignedInEnterpriseAsync(own);

        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync(Url($"/Enterprises/{own}/Credit"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync(Url($"/Reports/Credit/{own}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync(Url($"/Enterprises/{other}/Credit"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync(Url($"/Reports/Credit/{other}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync(Url($"/Records/{otherRecord}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync(Url($"/Records/Enterprises/{other}"))).StatusCode);
        Assert.DoesNotContain(otherRecord.ToString(System.Globalization.CultureInfo.InvariantCulture),
            string.Join(",", (await user.GetDocumentAsync("/My/Credit")).QuerySelectorAll("[data-record-id]").Select(r => r.GetAttribute("data-record-id"))),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEnterpriseUserWithoutAnEnterpriseFindsNothing()
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(Url("/My/Credit"))).StatusCode);
    }

    [Fact]
    public async Task StaffSeeAnyEnterpriseAndAnUnknownOneIsNotFound()
    {
        var id = await factory.NewEnterpriseAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(Url($"/Enterprises/{id}/Credit"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(Url("/Enterprises/987654321/Credit"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(Url("/Reports/Credit/987654321"))).StatusCode);
    }
}
