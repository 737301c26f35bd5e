using FangchengCredit.Data;
using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Licensing;
using FangchengCredit.Web.Features.Licensing;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Infrastructure;

/// <summary>
/// Demo licence applications for the Development environment, made through the real licensing service so that they obey every rule:
/// a green-channel 告知承诺 application already approved, a 容缺受理 application still owing a material (also for the demo enterprise
/// account, so 我的许可 has something to show), and an ordinary application under review.
/// </summary>
internal static class DemoLicensingSeed
{
    public static async Task SeedAsync(IServiceProvider services, ILogger logger)
    {
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.LicenceApplications.AnyAsync() || !await db.CurrentCreditGrades.AnyAsync()) return;
        var licensing = services.GetRequiredService<LicensingService>();
        var time = services.GetRequiredService<TimeProvider>();
        var today = BureauClock.Today(time);
        var types = await db.LicenceTypes.AsNoTracking().OrderBy(t => t.Id).Select(t => t.Id).ToListAsync();
        if (types.Count == 0) return;
        var calendar = await services.GetRequiredService<LicensingCalendar>().LoadAsync();
        // Two days back: recent enough that no demo target date has passed yet.
        var accepted = today.AddDays(-2);

        var grades = await (from g in db.CurrentCreditGrades.AsNoTracking()
                            join e in db.Enterprises.AsNoTracking() on g.EnterpriseId equals e.Id
                            where e.Status == Domain.Enterprises.OperatingStatus.Operating
                            orderby e.Id
                            select new { e.Id, e.Code, g.Grade }).ToListAsync();
        var account = grades.FirstOrDefault(g => g.Code == DemoEnterprises.AccountEnterpriseCode);
        var gradeA = grades.Where(g => g.Grade == CreditGrade.A && g.Id != account?.Id).Take(2).ToList();
        var gradeB = grades.FirstOrDefault(g => g.Grade == CreditGrade.B && g.Id != account?.Id);

        async Task<LicenceApplication?> TryAccept(long enterpriseId, CommitmentMode mode, IReadOnlyList<(string, DateOnly)> owed, int type)
        {
            try
            {
                return await licensing.AcceptAsync(new NewApplication(enterpriseId, type, accepted, mode, accepted,
                    ["营业执照", "经营场所产权证明", "安全管理制度和岗位安全操作规程"], owed));
            }
            catch (DomainException ex)
            {
                logger.LogInformation("Demo application for enterprise {Id} not accepted: {Reason}", enterpriseId, ex.Message);
                return null;
            }
        }

        var owedSoon = new List<(string, DateOnly)> { ("主要负责人安全生产知识和管理能力考核合格证", calendar.AddWorkingDays(accepted, 10)) };
        if (gradeA.Count > 0 && await TryAccept(gradeA[0].Id, CommitmentMode.NotifyAndCommit, [], types[0]) is { } green)
        {
            await licensing.ApproveAsync(green, green.Version,
                new LicenceDecision($"豫宛方危化经字〔{today.Year}〕D001号", $"方应急许〔{today.Year}〕D1号", "汽油、柴油（无储存经营）", accepted.AddDays(2)), "李明");
        }
        if (gradeB is not null) await TryAccept(gradeB.Id, CommitmentMode.AcceptWithDeficiencies, owedSoon, types[^1]);
        if (account is not null)
        {
            var mode = account.Grade is CreditGrade.A or CreditGrade.B ? CommitmentMode.AcceptWithDeficiencies : CommitmentMode.None;
            await TryAccept(account.Id, mode, mode == CommitmentMode.None ? [] : owedSoon, types[0]);
        }
        if (gradeA.Count > 1) await TryAccept(gradeA[1].Id, CommitmentMode.None, [], types[^1]);
        logger.LogInformation("Seeded demo licence applications");
    }
}
