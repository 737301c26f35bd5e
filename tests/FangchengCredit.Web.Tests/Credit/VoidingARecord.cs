using System.Net;
using FangchengCredit.Data.Auditing;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FangchengCredit.Web.Tests.Credit.CreditTestData;

namespace FangchengCredit.Web.Tests.Credit;

/// <summary>A section chief voids a record with a reason: it is kept and audited but no longer counts.</summary>
public sealed class VoidingARecord(CreditPortalFactory factory) : IClassFixture<CreditPortalFactory>
{
    private async Task<int> VersionOfAsync(long recordId) =>
        await factory.WithDbAsync(db => db.CreditRecords.Where(r => r.Id == recordId).Select(r => r.Version).SingleAsync());

    private static Dictionary<string, string> VoidForm(string reason, int version) => new()
    {
        ["Void.Reason"] = reason,
        ["Void.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task AVoidedRecordStopsCounting()
    {
        var id = await factory.NewEnterpriseAsync();
        var penalty = await factory.RecordPenaltyAsync(id, Today.AddDays(-5));
        Assert.Equal(95, (await factory.CurrentGradeAsync(id)).Score);
        var chief = await factory.SignedInAsync(PortalClient.Chief);

        var response = await chief.PostFormAsync($"/Records/{penalty}", $"/Records/{penalty}/Void", VoidForm("决定书文号录入错误，已重新登记", await VersionOfAsync(penalty)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(CreditRecordStatus.Voided, await factory.StatusOfAsync(penalty));
        Assert.Equal(100, (await factory.CurrentGradeAsync(id)).Score);
        var page = await chief.GetDocumentAsync($"/Records/{penalty}");
        Assert.Contains("决定书文号录入错误", page.QuerySelector("[data-testid=void-notice]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("王股长", page.QuerySelector("[data-testid=void-notice]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=void-form]"));
    }

    [Fact]
    public async Task TheRecordIsKeptAndTheVoidingAudited()
    {
        var id = await factory.NewEnterpriseAsync();
        var penalty = await factory.RecordPenaltyAsync(id, Today.AddDays(-5));
        var chief = await factory.SignedInAsync(PortalClient.Chief);

        await chief.PostFormAsync($"/Records/{penalty}", $"/Records/{penalty}/Void", VoidForm("重复录入", await VersionOfAsync(penalty)));

        var key = penalty.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == "CreditRecord" && e.EntityKey == key && e.Action == "Updated").ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal(PortalClient.Chief, entry.UserName);
        Assert.Contains("重复录入", entry.Changes, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.Penalties.AnyAsync(p => p.Id == penalty)));
    }

    [Fact]
    public async Task StaffCannotVoid()
    {
        var id = await factory.NewEnterpriseAsync();
        var penalty = await factory.RecordPenaltyAsync(id, Today.AddDays(-5));
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var response = await staff.PostFormAsync($"/Records/{penalty}", $"/Records/{penalty}/Void", VoidForm("想作废", await VersionOfAsync(penalty)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(CreditRecordStatus.Active, await factory.StatusOfAsync(penalty));
        Assert.Null((await staff.GetDocumentAsync($"/Records/{penalty}")).QuerySelector("[data-testid=void-form]"));
    }

    [Fact]
    public async Task AReasonIsRequired()
    {
        var id = await factory.NewEnterpriseAsync();
        var penalty = await factory.RecordPenaltyAsync(id, Today.AddDays(-5));
        var chief = await factory.SignedInAsync(PortalClient.Chief);

        var response = await chief.PostFormAsync($"/Records/{penalty}", $"/Records/{penalty}/Void", VoidForm("  ", await VersionOfAsync(penalty)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("请填写作废原因。", page.QuerySelector("[data-valmsg-for='Void.Reason']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(CreditRecordStatus.Active, await factory.StatusOfAsync(penalty));
    }

    [Fact]
    public async Task AStaleFormChangesNothing()
    {
        var id = await factory.NewEnterpriseAsync();
        var penalty = await factory.RecordPenaltyAsync(id, Today.AddDays(-5));
        var stale = await VersionOfAsync(penalty);
        // Someone else touches the record in between (the daily job, another chief…).
        await factory.WithDbAsync(async db =>
        {
            var record = await db.CreditRecords.SingleAsync(r => r.Id == penalty);
            record.Void("另一位股长先作废", "赵股长", DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var chief = await factory.SignedInAsync(PortalClient.Chief);

        var response = await chief.PostFormAsync($"/Records/{penalty}", $"/Records/{penalty}/Void", VoidForm("我来作废", stale));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(html.Contains("数据已被他人修改，请刷新后重试。", StringComparison.Ordinal) || html.Contains("该记录已作废。", StringComparison.Ordinal));
        Assert.Equal("另一位股长先作废", await factory.WithDbAsync(db => db.CreditRecords.Where(r => r.Id == penalty).Select(r => r.VoidReason).SingleAsync()));
    }
}
