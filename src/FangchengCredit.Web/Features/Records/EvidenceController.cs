using FangchengCredit.Data;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Features.Credit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Features.Records;

/// <summary>
/// Evidence downloads: bureau staff, and users of the enterprise the record belongs to. Anyone else is told the file
/// does not exist (404), so nobody can learn which records exist by trying ids.
/// </summary>
[Route("Records/Evidence")]
public sealed class EvidenceController(AppDbContext db, EvidenceStore store, ILogger<EvidenceController> logger) : Controller
{
    [HttpGet("{id:long}")]
    public async Task<IActionResult> Download(long id, CancellationToken ct)
    {
        var item = await (from e in db.RecordEvidence.AsNoTracking()
                          join r in db.CreditRecords on e.CreditRecordId equals r.Id
                          where e.Id == id
                          select new { e.FileName, e.FileType, e.StoredName, r.EnterpriseId })
            .FirstOrDefaultAsync(ct);
        if (item is null || !CreditAccess.CanSee(User, item.EnterpriseId)) return NotFound();
        if (store.PathOf(item.StoredName) is not { } path)
        {
            logger.LogError("Evidence file {StoredName} of evidence {EvidenceId} is missing from the evidence folder", item.StoredName, id);
            return NotFound();
        }
        return PhysicalFile(path, item.FileType.ContentType(), item.FileName);
    }
}
