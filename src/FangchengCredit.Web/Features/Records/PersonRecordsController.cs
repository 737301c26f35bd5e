using FangchengCredit.Data;
using FangchengCredit.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Features.Records;

/// <summary>个人信用记录: the records attached to a 法定代表人 / 主要负责人 / 实际控制人, across all their enterprises.</summary>
[Authorize(Policy = Policies.BureauStaff)]
[Route("Persons")]
public sealed class PersonRecordsController(AppDbContext db) : Controller
{
    [HttpGet("{id:long}/Records")]
    public async Task<IActionResult> Index(long id, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return NotFound();
        var roles = await db.EnterprisePeople.AsNoTracking()
            .Where(p => p.PersonId == id)
            .Join(db.Enterprises, p => p.EnterpriseId, e => e.Id, (p, e) => new { e.Id, e.Code, e.Name, p.Role })
            .OrderBy(x => x.Name)
            .ToListAsync(ct);
        var records = await (from r in db.CreditRecords.AsNoTracking()
                             where r.PersonId == id
                             join e in db.Enterprises on r.EnterpriseId equals e.Id into enterprises
                             from enterprise in enterprises.DefaultIfEmpty()
                             orderby r.Date descending, r.Id descending
                             select new RecordListRow(r.Id, r.Kind, r.Date, r.Title, r.DocumentNumber, r.Status, r.EnterpriseId,
                                 enterprise == null ? null : enterprise.Name, r.RecordedBy))
            .ToListAsync(ct);
        return View("PersonRecords", new PersonRecordsModel(
            person.Id, person.Name, person.MaskedIdNumber,
            roles.Select(r => (new EnterpriseHit(r.Id, r.Code, r.Name), r.Role)).ToList(), records));
    }
}
