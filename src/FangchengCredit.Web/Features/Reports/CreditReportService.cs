using System.Security.Cryptography;
using FangchengCredit.Data;
using FangchengCredit.Domain.Reports;
using FangchengCredit.Web.Features.Credit;
using FangchengCredit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Features.Reports;

public sealed record CreditReportModel(CreditReport Report, CreditPageModel Page)
{
    public string FormattedCode => ReportVerificationCode.Format(Report.Code);
}

/// <summary>What /verify says about a code.</summary>
public sealed record VerificationModel(string? TypedCode, CreditReport? Report, bool IsCurrent)
{
    public bool Found => Report is not null;
}

/// <summary>
/// Issues credit reports (each with a random verification code and a snapshot of what it printed) and answers for them.
/// </summary>
public sealed class CreditReportService(AppDbContext db, CreditPageQueries queries, TimeProvider time)
{
    /// <summary>
    /// The report of an enterprise as of today, graded afresh (the page model regrades). Opening it again the same day, by the same person, with the
    /// same result, shows the report already issued instead of issuing another.
    /// </summary>
    public async Task<CreditReportModel?> IssueAsync(long enterpriseId, string userId, string issuedBy, CancellationToken ct = default)
    {
        var page = await queries.LoadAsync(enterpriseId, ct);
        if (page is null) return null;

        var today = BureauClock.Today(time);
        var c = page.Current;
        var existing = await db.CreditReports.AsNoTracking()
            .Where(r => r.EnterpriseId == enterpriseId && r.IssuedByUserId == userId && r.IssuedOn == today
                        && r.Grade == c.Grade && r.Score == c.Score && r.RuleVersion == c.RuleVersion && r.EvaluatedOn == page.AsOf)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(ct);
        if (existing is not null) return new CreditReportModel(existing, page);

        var report = CreditReport.Issue(
            ReportVerificationCode.FromRandomBytes(RandomNumberGenerator.GetBytes(10)),
            enterpriseId, page.Enterprise.Name, page.Enterprise.Code, c.Grade, c.Score, c.RuleVersion, page.AsOf, today,
            time.GetUtcNow().UtcDateTime, userId, issuedBy);
        db.CreditReports.Add(report);
        await db.SaveChangesAsync(ct);
        return new CreditReportModel(report, page);
    }

    public async Task<VerificationModel> VerifyAsync(string? typed, CancellationToken ct = default)
    {
        if (!ReportVerificationCode.TryNormalise(typed, out var code)) return new VerificationModel(typed, null, false);
        var report = await db.CreditReports.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, ct);
        if (report is null) return new VerificationModel(typed, null, false);
        var current = await db.CurrentCreditGrades.AsNoTracking().FirstOrDefaultAsync(g => g.EnterpriseId == report.EnterpriseId, ct);
        return new VerificationModel(typed, report, report.IsCurrent(current));
    }
}
