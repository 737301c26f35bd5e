using FangchengCredit.Data;
using FangchengCredit.Domain.Reference;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Infrastructure;

/// <summary>
/// Seeds the reference lists of domain.md (industries, 方城县 township units) into an empty database, in every environment.
/// Once seeded, the administrator's copy is the truth and is never overwritten.
/// </summary>
internal static class ReferenceSeed
{
    public static async Task SeedAsync(AppDbContext db)
    {
        if (!await db.Industries.AnyAsync())
        {
            var order = 0;
            foreach (var name in ReferenceData.Industries) db.Industries.Add(new Industry(name, ++order * 10));
        }
        if (!await db.Townships.AnyAsync())
        {
            var order = 0;
            foreach (var t in ReferenceData.Townships) db.Townships.Add(new TownshipUnit(t.Code, t.Name, ++order * 10));
        }
        await db.SaveChangesAsync();
    }
}
