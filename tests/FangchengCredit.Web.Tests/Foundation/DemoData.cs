using FangchengCredit.Data;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FangchengCredit.Web.Tests.Foundation;

/// <summary>What the README promises a developer who runs the portal: demo enterprises, grades of every kind and licence applications.</summary>
public sealed class DemoData(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task DevelopmentStartsWithEnterprisesGradesAndApplications()
    {
        await factory.SignedInAsync(PortalClient.Staff);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.True(await db.Enterprises.CountAsync() >= 25);
        var grades = await db.CurrentCreditGrades.Select(g => g.Grade).Distinct().CountAsync();
        Assert.Equal(4, grades);
        Assert.True(await db.LicenceApplications.CountAsync() >= 3);
        Assert.True(await db.Licences.AnyAsync());
    }

    [Fact]
    public async Task TheDemoEnterpriseAccountHasAnApplicationToFollow()
    {
        var enterprise = await factory.SignedInAsync("enterprise@fangcheng.local");
        var page = await enterprise.GetDocumentAsync("/My/Licensing");
        var text = page.Body!.TextContent;
        Assert.True(text.Contains("危险化学品经营许可证（无储存）", StringComparison.Ordinal) || text.Contains("烟花爆竹经营（零售）许可证", StringComparison.Ordinal), text);
    }
}
