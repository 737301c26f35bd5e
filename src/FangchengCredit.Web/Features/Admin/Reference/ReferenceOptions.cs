using FangchengCredit.Data;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Features.Admin.Reference;

/// <summary>One choice in an industry or township drop-down.</summary>
public sealed record ReferenceOption(string Value, string Name, bool IsActive);

/// <summary>
/// What enterprise forms offer: the active industries and townships in the administrator's order, plus the enterprise's current
/// one even if it has since been deactivated (it stays on existing enterprises but is not offered for new ones).
/// </summary>
public sealed record ReferenceOptions(IReadOnlyList<ReferenceOption> Industries, IReadOnlyList<ReferenceOption> Townships)
{
    public static async Task<ReferenceOptions> LoadAsync(AppDbContext db, int? currentIndustryId = null, string? currentTownshipCode = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var industries = await db.Industries.AsNoTracking()
            .Where(i => i.IsActive || i.Id == currentIndustryId)
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.Name, i.IsActive })
            .ToListAsync(cancellationToken);
        var townships = await db.Townships.AsNoTracking()
            .Where(t => t.IsActive || t.Code == currentTownshipCode)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Code)
            .Select(t => new ReferenceOption(t.Code, t.Name, t.IsActive))
            .ToListAsync(cancellationToken);
        return new ReferenceOptions(
            industries.Select(i => new ReferenceOption(i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), i.Name, i.IsActive)).ToList(),
            townships);
    }
}
