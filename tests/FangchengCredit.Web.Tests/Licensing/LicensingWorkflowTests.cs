using System.Net;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Licensing;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Features.Licensing;
using FangchengCredit.Web.Infrastructure.Jobs;
using FangchengCredit.Web.Tests.Credit;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FangchengCredit.Web.Tests.Licensing;

public sealed class DeficiencyDeadlinesAreCountedOnTheWorkingDayCalendar(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_item_owed_from_28_September_2026_is_due_after_the_National_Day_break()
    {
        var enterprise = await factory.NewGradeBEnterpriseAsync("方城县国庆补正测试商行");
        var type = await factory.FirstLicenceTypeAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var response = await staff.PostFormAsync($"/Licensing/New?enterpriseId={enterprise}", "/Licensing/New", new Dictionary<string, string>
        {
            ["Input.EnterpriseId"] = enterprise.ToString(), ["Input.LicenceTypeId"] = type.ToString(), ["Input.Mode"] = "AcceptWithDeficiencies",
            ["Input.AcceptedOn"] = "2026-09-28", ["Input.SignedOn"] = "2026-09-28",
            ["Input.ReceivedMaterials"] = "营业执照\n经营场所产权证明", ["Input.OwedItems"] = "安全管理人员培训合格证明",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = long.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var application = await factory.ApplicationAsync(id);
        Assert.Equal(new DateOnly(2026, 10, 16), Assert.Single(application.Commitment!.Items).DueOn);
        Assert.Equal(CommitmentMode.AcceptWithDeficiencies, application.Mode);
        Assert.Contains(application.Materials, m => m.Name == "安全管理人员培训合格证明" && !m.Received);
        Assert.Contains(application.Materials, m => m.Name == "营业执照" && m.Received);
    }

    [Fact]
    public async Task The_form_shows_the_eligibility_reasons_before_the_mode_is_chosen()
    {
        var enterprise = await factory.NewEnterpriseAsync("方城县失信受限测试商行");
        for (var i = 0; i < 6; i++) await factory.RecordPenaltyAsync(enterprise, CreditTestData.Today.AddDays(-5 - i)); // 70: grade C
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var page = await staff.GetDocumentAsync($"/Licensing/New?enterpriseId={enterprise}");

        Assert.NotNull(page.QuerySelector("[data-testid=ineligible]"));
        Assert.Contains("信用等级为 C", page.QuerySelector("[data-testid=reasons]")!.TextContent, StringComparison.Ordinal);
        Assert.True(page.QuerySelector("#mode-AcceptWithDeficiencies")!.HasAttribute("disabled"));
        Assert.False(page.QuerySelector("#mode-None")!.HasAttribute("disabled"));
    }
}

public sealed class AnOverdueCommitmentIsBreachedByTheDailyJob(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_applicant_gets_a_bad_record_a_lower_grade_a_ban_and_a_terminated_application_and_nothing_else_changes()
    {
        var today = CreditTestData.Today;
        var late = await factory.NewGradeBEnterpriseAsync("方城县逾期补正测试商行");
        var bystander = await factory.NewGradeBEnterpriseAsync("方城县按期补正测试商行");
        var lateApplication = await factory.AcceptDeficiencyAsync(late, today.AddDays(-40), today.AddDays(-20));
        var bystanderApplication = await factory.AcceptDeficiencyAsync(bystander, today.AddDays(-3), today.AddDays(12));
        var before = await factory.CurrentGradeAsync(late);
        var bystanderBefore = await factory.CurrentGradeAsync(bystander);
        Assert.Equal(CreditGrade.B, before.Grade);

        var job = factory.Services.GetRequiredService<DailyCommitmentJob>();
        Assert.Equal(1, await job.RunOnceAsync(today));

        var application = await factory.ApplicationAsync(lateApplication);
        Assert.Equal(ApplicationStatus.Terminated, application.Status);
        Assert.Equal(CommitmentStatus.Breached, application.Commitment!.Status);
        var record = await factory.WithDbAsync(db => db.CreditRecords.SingleAsync(r => r.EnterpriseId == late && r.Kind == CreditRecordKind.CommitmentBreached));
        Assert.Equal(CreditRecordStatus.Active, record.Status);
        var after = await factory.CurrentGradeAsync(late);
        Assert.Equal(before.Score - 10, after.Score);
        Assert.Equal(CreditGrade.C, after.Grade);
        var ban = await factory.WithDbAsync(db => db.DeficiencyBans.SingleAsync(b => b.EnterpriseId == late));
        Assert.Equal(today.AddMonths(12).AddDays(-1), ban.Until);

        // Nothing else touched: the other applicant's commitment, application and grade are as they were.
        var other = await factory.ApplicationAsync(bystanderApplication);
        Assert.Equal(ApplicationStatus.UnderReview, other.Status);
        Assert.Equal(CommitmentStatus.Pending, other.Commitment!.Status);
        var bystanderAfter = await factory.CurrentGradeAsync(bystander);
        Assert.Equal(bystanderBefore.Score, bystanderAfter.Score);
        Assert.Equal(bystanderBefore.EvaluatedAtUtc, bystanderAfter.EvaluatedAtUtc);
        Assert.False(await factory.WithDbAsync(db => db.DeficiencyBans.AnyAsync(b => b.EnterpriseId == bystander)));

        // Idempotent: a second run the same day finds nothing.
        Assert.Equal(0, await job.RunOnceAsync(today));
        Assert.Equal(1, await factory.WithDbAsync(db => db.CreditRecords.CountAsync(r => r.EnterpriseId == late && r.Kind == CreditRecordKind.CommitmentBreached)));

        // The ban shows as a reason at the next application.
        var eligibility = await factory.WithServiceAsync<CommitmentEligibility, LicensingService>(async s => (await s.EligibilityAsync(late, today))!.Value.Eligibility);
        Assert.Contains(eligibility.Reasons, r => r.Kind == IneligibilityKind.DeficiencyBan);
    }
}

public sealed class AKeptCommitmentEarnsAGoodRecord(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Staff_verifying_the_last_owed_item_keeps_the_commitment_and_adds_one_point()
    {
        var today = CreditTestData.Today;
        var enterprise = await factory.NewGradeBEnterpriseAsync("方城县守诺测试商行");
        var id = await factory.AcceptDeficiencyAsync(enterprise, today, today.AddDays(14));
        var before = await factory.CurrentGradeAsync(enterprise);
        var item = (await factory.ApplicationAsync(id)).Commitment!.Items.Single();
        var version = (await factory.ApplicationAsync(id)).Version;
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var response = await staff.PostFormAsync($"/Licensing/{id}", $"/Licensing/{id}/Items/{item.Id}/Received",
            new Dictionary<string, string> { ["version"] = version.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var application = await factory.ApplicationAsync(id);
        Assert.Equal(CommitmentStatus.Kept, application.Commitment!.Status);
        Assert.All(application.Materials, m => Assert.True(m.Received));
        Assert.True(await factory.WithDbAsync(db => db.CreditRecords.AnyAsync(r => r.EnterpriseId == enterprise && r.Kind == CreditRecordKind.CommitmentKept)));
        Assert.Equal(before.Score + 1, (await factory.CurrentGradeAsync(enterprise)).Score);
    }
}

public sealed class ASectionChiefConfirmsARevocation(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_false_commitment_after_approval_proposes_revocation_that_staff_cannot_confirm_but_a_section_chief_can()
    {
        var today = CreditTestData.Today;
        var enterprise = await factory.NewGradeBEnterpriseAsync("方城县虚假承诺测试商行");
        var id = await factory.AcceptAsync(enterprise, today, CommitmentMode.NotifyAndCommit);
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var version = (await factory.ApplicationAsync(id)).Version;
        var approved = await staff.PostFormAsync($"/Licensing/{id}", $"/Licensing/{id}/Approve", new Dictionary<string, string>
        {
            ["Decision.Version"] = version.ToString(), ["Decision.Number"] = $"（豫宛方）危化经字〔{today.Year}〕{id:D4}号",
            ["Decision.DecisionDocumentNumber"] = $"方应急许〔{today.Year}〕{id}号", ["Decision.Content"] = "汽油、柴油（无储存）",
            ["Decision.DecidedOn"] = today.ToString("yyyy-MM-dd"),
        });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var application = await factory.ApplicationAsync(id);
        Assert.Equal(ApplicationStatus.Approved, application.Status);
        Assert.Equal(CommitmentStatus.Kept, application.Commitment!.Status);

        var declared = await staff.PostFormAsync($"/Licensing/{id}", $"/Licensing/{id}/False", new Dictionary<string, string>
        {
            ["Version"] = application.Version.ToString(), ["Reason"] = "现场核查发现经营场所与承诺不符",
        });
        Assert.Equal(HttpStatusCode.Redirect, declared.StatusCode);
        var licence = await factory.WithDbAsync(db => db.Licences.AsNoTracking().SingleAsync(l => l.Id == application.LicenceId));
        Assert.Equal(LicenceStatus.RevocationProposed, licence.Status);
        var records = await factory.WithDbAsync(db => db.CreditRecords.AsNoTracking().Where(r => r.EnterpriseId == enterprise && r.SourceId == application.CommitmentId).ToListAsync());
        Assert.Equal(CreditRecordStatus.Voided, records.Single(r => r.Kind == CreditRecordKind.CommitmentKept).Status);
        Assert.Equal(CreditRecordStatus.Active, records.Single(r => r.Kind == CreditRecordKind.CommitmentBreached).Status);
        Assert.True(await factory.WithDbAsync(db => db.DeficiencyBans.AnyAsync(b => b.EnterpriseId == enterprise)));

        var byStaff = await staff.PostFormAsync("/Licensing/Revocations", $"/Licensing/Licences/{licence.Id}/Revocation",
            new Dictionary<string, string> { ["version"] = licence.Version.ToString(), ["confirm"] = "true" });
        Assert.NotEqual(HttpStatusCode.Redirect, byStaff.StatusCode);
        Assert.Equal(LicenceStatus.RevocationProposed, (await factory.WithDbAsync(db => db.Licences.AsNoTracking().SingleAsync(l => l.Id == licence.Id))).Status);

        var chief = await factory.SignedInAsync(PortalClient.Chief);
        var byChief = await chief.PostFormAsync("/Licensing/Revocations", $"/Licensing/Licences/{licence.Id}/Revocation",
            new Dictionary<string, string> { ["version"] = licence.Version.ToString(), ["confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, byChief.StatusCode);
        var revoked = await factory.WithDbAsync(db => db.Licences.AsNoTracking().SingleAsync(l => l.Id == licence.Id));
        Assert.Equal(LicenceStatus.Revoked, revoked.Status);
        Assert.NotEqual(revoked.RevocationProposedBy, revoked.RevocationConfirmedBy);
    }
}

public sealed class EnterpriseUsersSeeOnlyTheirOwnLicensing(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task They_see_and_upload_to_their_own_commitments_and_get_404_for_anyone_elses()
    {
        var today = CreditTestData.Today;
        var mine = await factory.NewGradeBEnterpriseAsync("方城县自家测试商行");
        var theirs = await factory.NewGradeBEnterpriseAsync("方城县别家测试商行");
        var myApplication = await factory.AcceptDeficiencyAsync(mine, today, today.AddDays(14), "自家缺项材料");
        var theirApplication = await factory.AcceptDeficiencyAsync(theirs, today, today.AddDays(14), "别家缺项材料");
        var myItem = (await factory.ApplicationAsync(myApplication)).Commitment!.Items.Single().Id;
        var theirItem = (await factory.ApplicationAsync(theirApplication)).Commitment!.Items.Single().Id;
        var client = await factory.SignedInEnterpriseAsync(mine);

        var page = await client.GetDocumentAsync("/My/Licensing");
        Assert.Contains("自家缺项材料", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("别家缺项材料", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("个工作日", page.QuerySelector("[data-testid=days-left]")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, await UploadAsync(client, theirItem));
        Assert.Null((await factory.ApplicationAsync(theirApplication)).Commitment!.Items.Single().UploadStoredName);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(CreditTestData.Url($"/Licensing/{theirApplication}"))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, await UploadAsync(client, myItem));
        var uploaded = (await factory.ApplicationAsync(myApplication)).Commitment!.Items.Single();
        Assert.Equal("证明.png", uploaded.UploadFileName);
        Assert.Equal(today, uploaded.UploadedOn);
    }

    private static async Task<HttpStatusCode> UploadAsync(HttpClient client, long itemId)
    {
        var token = await client.GetAntiforgeryTokenAsync("/My/Licensing");
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(Png);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        content.Add(file, "file", "证明.png");
        return (await client.PostAsync(CreditTestData.Url($"/My/Licensing/Items/{itemId}/Upload"), content)).StatusCode;
    }
}

public sealed class TheQueuePutsTheGreenChannelFirst(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_grade_A_applicant_accepted_later_is_listed_before_grade_B_applicants()
    {
        var today = CreditTestData.Today;
        var gradeB = await factory.NewGradeBEnterpriseAsync("方城县队列乙级商行");
        var gradeA = await factory.NewEnterpriseAsync("方城县队列甲级商行");
        var first = await factory.AcceptAsync(gradeB, today.AddDays(-5));
        var green = await factory.AcceptAsync(gradeA, today);
        Assert.True((await factory.ApplicationAsync(green)).GreenChannel);
        Assert.False((await factory.ApplicationAsync(first)).GreenChannel);
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var page = await staff.GetDocumentAsync("/Licensing");

        var ids = page.QuerySelectorAll("[data-testid=application-row]").Select(r => long.Parse(r.GetAttribute("data-id")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(ids.IndexOf(green) < ids.IndexOf(first), string.Join(",", ids));
        // Every green-channel row (the demo data may add its own) comes before every other row.
        var greenFlags = page.QuerySelectorAll("[data-testid=application-row]").Select(r => r.QuerySelector("[data-testid=green-channel]") is not null).ToList();
        Assert.True(greenFlags[ids.IndexOf(green)]);
        Assert.Equal(greenFlags.OrderByDescending(g => g), greenFlags);
        var target = (await factory.ApplicationAsync(green)).TargetDate;
        Assert.True(target < (await factory.ApplicationAsync(green)).StatutoryDeadline);
    }
}
