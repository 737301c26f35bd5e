using System.Security.Claims;
using FangchengCredit.Data;
using FangchengCredit.Data.Identity;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Features.Credit;

/// <summary>Who may see an enterprise's credit: bureau staff, and the enterprise's own users. Everyone else gets a 404.</summary>
public static class CreditAccess
{
    public static bool IsBureauStaff(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Staff) || user.IsInRole(Roles.SectionChief) || user.IsInRole(Roles.Administrator);
    }

    public static bool CanSee(ClaimsPrincipal user, long? enterpriseId)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (IsBureauStaff(user)) return true;
        return enterpriseId is { } id && user.IsInRole(Roles.Enterprise) && user.GetEnterpriseId() == id;
    }
}

/// <summary>Loads the credit page model of one enterprise: its stored grade, explanation, history and records.</summary>
public sealed class CreditPageQueries(AppDbContext db, CreditGradingService grading, TimeProvider time)
{
    public async Task<EnterpriseSummary?> EnterpriseAsync(long enterpriseId, CancellationToken ct = default)
    {
        var enterprise = await db.Enterprises.AsNoTracking()
            .Where(e => e.Id == enterpriseId)
            .Select(e => new { e.Id, e.Name, e.Code })
            .FirstOrDefaultAsync(ct);
        if (enterprise is null) return null;
        var legal = await db.EnterprisePeople.AsNoTracking()
            .Where(p => p.EnterpriseId == enterpriseId && p.Role == PersonRole.LegalRepresentative)
            .Select(p => p.Person.Name)
            .FirstOrDefaultAsync(ct);
        return new EnterpriseSummary(enterprise.Id, enterprise.Name, enterprise.Code, legal);
    }

    public async Task<CreditPageModel?> LoadAsync(long enterpriseId, CancellationToken ct = default)
    {
        var enterprise = await EnterpriseAsync(enterpriseId, ct);
        if (enterprise is null) return null;
        await grading.RefreshAsync(enterpriseId, ct);
        var current = await grading.CurrentAsync(enterpriseId, ct);
        if (current is null) return null;

        var records = await RecordsOfEnterpriseAsync(enterpriseId, ct);
        var byId = records.ToDictionary(r => r.Id);
        var explanation = ExplanationJson.Parse(current.ExplanationJson)
            .Select(e => new ExplanationRow(e, e.RecordId is { } id ? byId.GetValueOrDefault(id) : null))
            .ToList();

        var history = await db.CreditEvaluations.AsNoTracking()
            .Where(e => e.EnterpriseId == enterpriseId)
            .OrderBy(e => e.AsOf).ThenBy(e => e.Id)
            .Select(e => new GradePoint(e.AsOf, e.Grade, e.Score))
            .ToListAsync(ct);

        // The blacklist comes with its own feature; until then nobody is listed.
        var measures = JointIncentivesAndPunishments.Check(current.Grade, isBlacklisted: false);
        var supervision = SupervisionIntensity.For(current.Grade, isBlacklisted: false);
        return new CreditPageModel(enterprise, current, current.ShownAsOf(BureauClock.Today(time)), explanation, history, records, measures, supervision);
    }

    /// <summary>Every record of the enterprise, newest first, with its evidence files.</summary>
    public async Task<IReadOnlyList<RecordRow>> RecordsOfEnterpriseAsync(long enterpriseId, CancellationToken ct = default)
    {
        var rows = await (from r in db.CreditRecords.AsNoTracking()
                          where r.EnterpriseId == enterpriseId
                          join p in db.People on r.PersonId equals p.Id into people
                          from person in people.DefaultIfEmpty()
                          orderby r.Date descending, r.Id descending
                          select new { Record = r, PersonName = person == null ? null : person.Name })
            .ToListAsync(ct);
        var evidence = (await db.RecordEvidence.AsNoTracking()
                .Where(e => db.CreditRecords.Any(r => r.Id == e.CreditRecordId && r.EnterpriseId == enterpriseId))
                .OrderBy(e => e.Id)
                .Select(e => new { e.CreditRecordId, Row = new EvidenceRow(e.Id, e.FileName, e.SizeBytes) })
                .ToListAsync(ct))
            .ToLookup(e => e.CreditRecordId, e => e.Row);
        return rows.Select(x => new RecordRow(
                x.Record.Id, x.Record.Kind, x.Record.Date, x.Record.Title, x.Record.DocumentNumber, x.Record.Nature, x.Record.Severity,
                x.Record.PublicationEnd, x.Record.Status, x.PersonName, x.Record.VoidReason, evidence[x.Record.Id].ToList()))
            .ToList();
    }
}
