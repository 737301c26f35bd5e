using System.Net;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FangchengCredit.Web.Tests.Credit.CreditTestData;

namespace FangchengCredit.Web.Tests.Credit;

/// <summary>Every report carries a random code; /verify (anonymous) says who it was for and whether its grade still holds.</summary>
public sealed class VerifyingReports(CreditPortalFactory factory) : IClassFixture<CreditPortalFactory>
{
    private static async Task<string> ReportCodeAsync(HttpClient client, long enterpriseId) =>
        (await client.GetDocumentAsync($"/Reports/Credit/{enterpriseId}")).QuerySelector("[data-testid=report-code]")!.TextContent.Trim();

    [Fact]
    public async Task TheReportIsPrintableAndItsCodeIsStoredWithTheSnapshot()
    {
        var id = await factory.NewEnterpriseAsync("方城县顺发五金制品厂");
        await factory.RecordPenaltyAsync(id, Today.AddDays(-5));
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var page = await staff.GetDocumentAsync($"/Reports/Credit/{id}");

        Assert.NotNull(page.QuerySelector("button[data-print]"));
        Assert.Equal("A", page.QuerySelector("[data-testid=report-grade]")!.TextContent.Trim());
        var code = page.QuerySelector("[data-testid=report-code]")!.TextContent.Trim();
        Assert.Matches("^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$", code);
        var report = await factory.WithDbAsync(db => db.CreditReports.AsNoTracking().SingleAsync(r => r.EnterpriseId == id));
        Assert.Equal(code.Replace("-", "", StringComparison.Ordinal), report.Code);
        Assert.Equal(95, report.Score);
        Assert.Equal(CreditGrade.A, report.Grade);
        Assert.Equal("李明", report.IssuedBy);
        Assert.Equal("方城县顺发五金制品厂", report.EnterpriseName);
    }

    [Fact]
    public async Task OpeningItAgainTheSameDayShowsTheSameReport()
    {
        var id = await factory.NewEnterpriseAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var first = await ReportCodeAsync(staff, id);
        var second = await ReportCodeAsync(staff, id);

        Assert.Equal(first, second);
        Assert.Equal(1, await factory.WithDbAsync(db => db.CreditReports.CountAsync(r => r.EnterpriseId == id)));
    }

    [Fact]
    public async Task AnIssuedCodeIsConfirmedToAnyoneAsCurrent()
    {
        var id = await factory.NewEnterpriseAsync("方城县宏图化工有限公司");
        var code = await ReportCodeAsync(await factory.SignedInEnterpriseAsync(id), id);
        var anonymous = factory.CreateBrowserLikeClient();

        var page = await anonymous.GetDocumentAsync("/verify/" + code.ToLowerInvariant());

        Assert.NotNull(page.QuerySelector("[data-testid=verify-found]"));
        Assert.Equal("方城县宏图化工有限公司", page.QuerySelector("[data-testid=verify-name]")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("[data-testid=verify-current]"));
        Assert.Null(page.QuerySelector("[data-testid=verify-stale]"));
    }

    [Fact]
    public async Task AStaleCodeSaysTheGradeHasChanged()
    {
        var id = await factory.NewEnterpriseAsync();
        var code = await ReportCodeAsync(await factory.SignedInAsync(PortalClient.Staff), id);
        await factory.RecordAccidentAsync(id, Today.AddDays(-1), deaths: 1);

        var page = await factory.CreateBrowserLikeClient().GetDocumentAsync("/verify/" + code);

        Assert.NotNull(page.QuerySelector("[data-testid=verify-found]"));
        Assert.Contains("已发生变化", page.QuerySelector("[data-testid=verify-stale]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ABCD-EFGH-JKMN-PQRS")]
    [InlineData("not-a-code")]
    public async Task AForgedCodeIsNotFound(string code)
    {
        var page = await factory.CreateBrowserLikeClient().GetDocumentAsync("/verify/" + code);

        Assert.Contains("未找到", page.QuerySelector("[data-testid=verify-not-found]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=verify-found]"));
    }

    [Fact]
    public async Task TheFormAcceptsACodeAsTyped()
    {
        var id = await factory.NewEnterpriseAsync();
        var code = await ReportCodeAsync(await factory.SignedInAsync(PortalClient.Staff), id);

        var response = await factory.CreateBrowserLikeClient().GetAsync(Url("/verify?code=" + Uri.EscapeDataString(" " + code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant())));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/verify/" + code, response.Headers.Location!.OriginalString);
    }
}

/// <summary>The verification page is rate-limited per address.</summary>
public sealed class VerifyingIsRateLimited(VerifyingIsRateLimited.Factory factory) : IClassFixture<VerifyingIsRateLimited.Factory>
{
    public sealed class Factory : CreditPortalFactory
    {
        protected override IEnumerable<(string Key, string Value)> ExtraSettings => [("Verify:RequestsPerMinute", "3")];
    }

    [Fact]
    public async Task TheFourthTryInAMinuteIsRefused()
    {
        var client = factory.CreateBrowserLikeClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Url("/verify/ABCD-EFGH-JKMN-PQR" + "23456"[i]))).StatusCode);

        var refused = await client.GetAsync(Url("/verify/ABCD-EFGH-JKMN-PQR7"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("请求过于频繁", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
