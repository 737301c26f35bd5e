using System.Net;
using FangchengCredit.Domain.Calendar;
using FangchengCredit.Web.Tests.Credit;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Tests.Licensing;

public sealed class StaffSeeTheLicensingPages(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/Licensing", "行政许可")]
    [InlineData("/Licensing/New", "受理许可申请")]
    [InlineData("/Licensing/Commitments", "承诺跟踪")]
    [InlineData("/Licensing/Expiring", "即将到期的许可证")]
    [InlineData("/Licensing/Revocations", "待确认撤销的许可证")]
    [InlineData("/Licensing/Statistics", "办理统计")]
    public async Task Each_page_has_its_title(string url, string title)
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var page = await staff.GetDocumentAsync(url);

        Assert.Equal(title, page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_enterprise_page_lists_its_applications_and_the_tab_is_active()
    {
        var enterprise = await factory.NewGradeBEnterpriseAsync("方城县标签页测试商行");
        var id = await factory.AcceptAsync(enterprise, CreditTestData.Today);
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var page = await staff.GetDocumentAsync($"/Licensing/Enterprises/{enterprise}");

        Assert.Equal($"/Licensing/Enterprises/{enterprise}", page.QuerySelector("[data-testid=enterprise-tabs] .active")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector($"[data-testid=application-row][data-id='{id}']"));
    }
}

public sealed class AdministratorsKeepTheWorkingDayCalendar(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Adding_2027_removes_the_fallback_and_a_bad_day_is_refused_with_its_reason()
    {
        var admin = await factory.SignedInAsync(PortalClient.Admin);
        Assert.Equal(2, await factory.WithDbAsync(db => db.HolidayYears.CountAsync()));

        var bad = await admin.PostFormAsync("/Admin/Calendar/New", "/Admin/Calendar/Save", new Dictionary<string, string>
        {
            ["Input.Year"] = "2027", ["Input.OffDays"] = "2027-01-01", ["Input.WorkingWeekendDays"] = "2027-01-04",
        });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("不是周六或周日", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var good = await admin.PostFormAsync("/Admin/Calendar/New", "/Admin/Calendar/Save", new Dictionary<string, string>
        {
            ["Input.Year"] = "2027", ["Input.OffDays"] = "2027-01-01\n2027-02-06, 2027-02-07", ["Input.WorkingWeekendDays"] = "2027-01-30",
        });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var stored = await factory.WithDbAsync(db => db.HolidayYears.AsNoTracking().SingleAsync(y => y.Year == 2027));
        Assert.True(stored.ToHolidayYear().IsWorkingDay(new DateOnly(2027, 1, 30)));
        Assert.False(stored.ToHolidayYear().IsWorkingDay(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public async Task Staff_cannot_open_the_calendar()
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var response = await staff.GetAsync(CreditTestData.Url("/Admin/Calendar"));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
