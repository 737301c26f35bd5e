using System.Net;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FangchengCredit.Web.Tests.Credit.CreditTestData;

namespace FangchengCredit.Web.Tests.Credit;

/// <summary>Penalties are entered with their 双公示 fields; commendations raise the score; both can name a person.</summary>
public sealed class RecordingPenaltiesAndCommendations(CreditPortalFactory factory) : IClassFixture<CreditPortalFactory>
{
    private static Dictionary<string, string> PenaltyForm(long enterpriseId, string document, string category = "警告;罚款", string fine = "1.25") => new()
    {
        ["Input.EnterpriseId"] = enterpriseId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.DocumentNumber"] = document,
        ["Input.Procedure"] = "General",
        ["Input.DecisionDate"] = Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Input.LegalRepresentative"] = "张建国",
        ["Input.ViolationType"] = "未如实记录安全生产教育培训情况",
        ["Input.ViolationFacts"] = "经查，该公司未建立安全生产教育和培训档案。",
        ["Input.LegalBasis"] = "《中华人民共和国安全生产法》第九十七条第（四）项",
        ["Input.PenaltyCategory"] = category,
        ["Input.PenaltyContent"] = "警告，并处罚款人民币壹万贰仟伍佰元整",
        ["Input.FineWanYuan"] = fine,
        ["Input.ConfiscatedWanYuan"] = "",
        ["Input.Authority"] = "方城县应急管理局",
        ["Input.AuthorityCode"] = "",
        ["Input.DataSource"] = "方城县应急管理局",
    };

    [Fact]
    public async Task APenaltyKeepsItsPublicationFieldsAndCountsMinusFive()
    {
        var id = await factory.NewEnterpriseAsync("方城县宏达建材有限公司");
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var document = "方应急罚〔2026〕" + Guid.NewGuid().ToString("N")[..6];

        var response = await staff.PostFormAsync($"/Records/Penalties/New?enterpriseId={id}", "/Records/Penalties/New", PenaltyForm(id, document));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var penalty = await factory.WithDbAsync(db => db.Penalties.AsNoTracking().Include(p => p.Record).SingleAsync(p => p.DocumentNumber == document));
        Assert.Equal("方城县宏达建材有限公司", penalty.SubjectName);
        Assert.Equal(await factory.CodeOfAsync(id), penalty.SubjectCode);
        Assert.Equal(PenaltySubjectCategory.LegalEntity, penalty.SubjectCategory);
        Assert.Equal(1.25m, penalty.FineWanYuan);
        Assert.Equal(PenaltySeverity.General, penalty.Severity);
        Assert.Equal(Today.AddDays(-1).AddMonths(12).AddDays(-1), penalty.Record.PublicationEnd);
        Assert.Equal(95, (await factory.CurrentGradeAsync(id)).Score);
        var details = (await staff.GetDocumentAsync(response.Headers.Location!.OriginalString)).QuerySelector("[data-testid=penalty-details]")!.TextContent;
        Assert.Contains("1.25", details, StringComparison.Ordinal);
        Assert.Contains(document, details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFineIsComparableInSql()
    {
        var id = await factory.NewEnterpriseAsync();
        await factory.RecordPenaltyAsync(id, Today.AddDays(-3), fine: 0.5m);
        await factory.RecordPenaltyAsync(id, Today.AddDays(-2), fine: 2.000001m);

        var large = await factory.WithDbAsync(db => db.Penalties.Where(p => p.EnterpriseId == id && p.FineWanYuan > 1m).Select(p => p.FineWanYuan).ToListAsync());

        Assert.Equal([2.000001m], large);
    }

    [Fact]
    public async Task ASuspensionIsTheHarshestRowWhateverTheProcedure()
    {
        var id = await factory.NewEnterpriseAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var form = PenaltyForm(id, "方应急罚〔2026〕" + Guid.NewGuid().ToString("N")[..6], category: "责令停产停业整顿", fine: "");
        form["Input.Procedure"] = "Summary";

        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"/Records/Penalties/New?enterpriseId={id}", "/Records/Penalties/New", form)).StatusCode);

        Assert.Equal(85, (await factory.CurrentGradeAsync(id)).Score);
    }

    [Fact]
    public async Task ADocumentNumberIsRecordedOnlyOnce()
    {
        var id = await factory.NewEnterpriseAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var document = "方应急罚〔2026〕" + Guid.NewGuid().ToString("N")[..6];
        await staff.PostFormAsync($"/Records/Penalties/New?enterpriseId={id}", "/Records/Penalties/New", PenaltyForm(id, document));

        var again = await staff.PostFormAsync($"/Records/Penalties/New?enterpriseId={id}", "/Records/Penalties/New", PenaltyForm(id, document));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var page = await PortalClient.ParseAsync(await again.Content.ReadAsStringAsync());
        Assert.Contains("该处罚决定书文号已登记。", page.QuerySelector("[data-valmsg-for='Input.DocumentNumber']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Penalties.CountAsync(p => p.DocumentNumber == document)));
    }

    [Fact]
    public async Task AFineWithoutAnAmountIsRefusedInChinese()
    {
        var id = await factory.NewEnterpriseAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var response = await staff.PostFormAsync($"/Records/Penalties/New?enterpriseId={id}", "/Records/Penalties/New",
            PenaltyForm(id, "方应急罚〔2026〕" + Guid.NewGuid().ToString("N")[..6], fine: ""));

        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("处罚类别含罚款时，请填写罚款金额。", page.QuerySelector("[data-valmsg-for='Input.FineWanYuan']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACommendationAttachedToThePrincipalShowsOnTheirPage()
    {
        var id = await factory.NewEnterpriseAsync("方城县安泰化工有限公司");
        var person = await factory.LegalRepresentativeOfAsync(id);
        await factory.RecordPenaltyAsync(id, Today.AddDays(-30));
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var response = await staff.PostFormAsync($"/Records/Commendations/New?enterpriseId={id}", "/Records/Commendations/New", new Dictionary<string, string>
        {
            ["Input.EnterpriseId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Title"] = "2025年度全县安全生产先进单位",
            ["Input.Date"] = Today.AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.DocumentNumber"] = "方安委〔2026〕1号",
            ["Input.PersonId"] = person.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(100, (await factory.CurrentGradeAsync(id)).Score); // 100 − 5 + 5
        var page = await staff.GetDocumentAsync($"/Persons/{person}/Records");
        var records = page.QuerySelector("[data-testid=person-records]")!.TextContent;
        Assert.Contains("2025年度全县安全生产先进单位", records, StringComparison.Ordinal);
        Assert.Contains("方城县安泰化工有限公司", records, StringComparison.Ordinal);
        Assert.DoesNotContain("未按规定开展安全培训", records, StringComparison.Ordinal);
        Assert.Contains("4113********", page.QuerySelector("h1 + div")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APersonFromAnotherEnterpriseIsRefused()
    {
        var id = await factory.NewEnterpriseAsync();
        var other = await factory.LegalRepresentativeOfAsync(await factory.NewEnterpriseAsync());
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var response = await staff.PostFormAsync($"/Records/Commendations/New?enterpriseId={id}", "/Records/Commendations/New", new Dictionary<string, string>
        {
            ["Input.EnterpriseId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Title"] = "先进单位",
            ["Input.Date"] = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.PersonId"] = other.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("所选人员不是该企业的关联人员。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEnterpriseRecordsPageListsEveryRecordWithItsStatus()
    {
        var id = await factory.NewEnterpriseAsync();
        var penalty = await factory.RecordPenaltyAsync(id, Today.AddDays(-30));
        var accident = await factory.RecordAccidentAsync(id, Today.AddDays(-10), injuries: 1);
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var page = await staff.GetDocumentAsync($"/Records/Enterprises/{id}");

        var rows = page.QuerySelectorAll("[data-testid=records] tbody tr");
        Assert.Equal([accident, penalty], rows.Select(r => long.Parse(r.GetAttribute("data-record-id")!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(rows, r => Assert.Contains("有效", r.TextContent, StringComparison.Ordinal));
        Assert.Equal("B", page.QuerySelector("[data-testid=current-grade] .grade-badge")!.TextContent.Trim()); // 100 − 5 − 10 = 85
    }
}
