using FangchengCredit.Data;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Identifiers;
using FangchengCredit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Features.Enterprises;

/// <summary>The list's query string: search, filters, sort and page.</summary>
public sealed class EnterpriseFilter
{
    public string? Q { get; set; }

    public int? Industry { get; set; }

    public string? Township { get; set; }

    public RiskLevel? Risk { get; set; }

    public OperatingStatus? Status { get; set; }

    /// <summary>当前信用等级</summary>
    public CreditGrade? Grade { get; set; }

    public string? Sort { get; set; }

    public int? Page { get; set; }

    /// <summary>Keyset cursor of a "next" link: the id of the previous page's last row; the page starts just after it in the sort order.</summary>
    public long? After { get; set; }

    /// <summary>Keyset cursor of a "previous" link: the id of the next page's first row; the page ends just before it.</summary>
    public long? Before { get; set; }
}

public sealed record EnterpriseRow(
    long Id, string Code, string Name, string Industry, string Township, RiskLevel RiskLevel, bool HasMajorHazardSource,
    OperatingStatus Status, DateOnly RegisteredOn, string? LegalRepresentative, CreditGrade? Grade = null, int? Score = null);

public sealed record ReferenceOption(string Value, string Name, bool IsActive);

public sealed record EnterpriseListModel(
    EnterpriseFilter Filter, PagedList<EnterpriseRow> Enterprises, IReadOnlyList<ReferenceOption> Industries,
    IReadOnlyList<ReferenceOption> Townships, bool RegistryIsEmpty);

/// <summary>
/// The registry list (企业列表). Built to stay fast at 100,000 enterprises: filters and the name order use the composite
/// indexes (IndustryId, Name), (TownshipCode, Name), (RiskLevel, Name), (Status, Name); a code search is an equality or a
/// range on the unique code index; a person search resolves the people first (index on People.Name / IdNumber);
/// count and page are two queries (the page's legal representatives and grades are subqueries of the page query); the reference lists
/// come from <see cref="ReferenceListCache"/>; "next"/"previous" links page by keyset (<see cref="Keyset"/>).
/// </summary>
public sealed class EnterpriseList(AppDbContext db, ReferenceListCache referenceCache)
{
    public const int PageSize = 20;

    /// <summary>Sort keys of the list; "_desc" reverses.</summary>
    public static readonly IReadOnlyList<string> SortKeys = ["name", "code", "registered", "risk"];

    public async Task<EnterpriseListModel> PageAsync(EnterpriseFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        // One connection for the page's queries: left to EF, SQLite opens and closes (and re-registers its functions on) a pooled
        // connection around every query, which was the largest single cost of this page (docs/benchmarks.md).
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await PageCoreAsync(filter, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<EnterpriseListModel> PageCoreAsync(EnterpriseFilter filter, CancellationToken cancellationToken)
    {
        var (industries, townships) = await referenceCache.GetAsync(LoadReferenceListsAsync, cancellationToken);
        // A page far past the end shows nothing rather than overflowing the offset.
        var page = Math.Min(PagedList<EnterpriseRow>.NormalisePage(filter.Page), int.MaxValue / PageSize);
        // Pager links carry a keyset cursor (the neighbouring page's edge row): the page is then an index range from that row instead
        // of an OFFSET that walks every row before it. A cursor whose row is gone (deleted meanwhile) falls back to the page number.
        var anchorId = filter.After ?? filter.Before;
        var anchor = anchorId is { } id && page > 1 ? await AnchorQuery.For(db)(db, id).FirstOrDefaultAsync(cancellationToken) : null;
        // Count and page are queries compiled once per shape (which filters, search, sort and paging): see EnterpriseListQueries.
        var (shape, arguments) = EnterpriseListQueries.Of(filter, anchor, (page - 1) * PageSize);
        var total = await EnterpriseListQueries.CountAsync(db, shape, arguments, cancellationToken);
        var items = await EnterpriseListQueries.Page(db, shape, arguments).ToListAsync(cancellationToken);
        var reversed = shape.Paging == ListPaging.Before;
        if (reversed) items.Reverse();

        var industryNames = industries.ToDictionary(i => i.Value, i => i.Name, StringComparer.Ordinal);
        var townshipNames = townships.ToDictionary(t => t.Value, t => t.Name, StringComparer.Ordinal);
        var rows = items.Select(e => new EnterpriseRow(
            e.Id, e.Code, e.Name,
            industryNames.GetValueOrDefault(e.IndustryId.ToString(System.Globalization.CultureInfo.InvariantCulture)) ?? string.Empty,
            townshipNames.GetValueOrDefault(e.TownshipCode) ?? e.TownshipCode,
            e.RiskLevel, e.HasMajorHazardSource, e.Status, e.RegisteredOn, e.LegalRepresentative, e.Grade, e.Score)).ToList();

        var registryIsEmpty = total == 0 && !await db.Enterprises.AnyAsync(cancellationToken);
        return new EnterpriseListModel(filter, new PagedList<EnterpriseRow>(rows, page, PageSize, total) { CursorKey = r => r.Id }, industries, townships, registryIsEmpty);
    }

    /// <summary>A row of the page as the page query reads it (names of industry and township are added from the reference lists).</summary>
    internal sealed record PageItem(
        long Id, string Code, string Name, int IndustryId, string TownshipCode, RiskLevel RiskLevel, bool HasMajorHazardSource,
        OperatingStatus Status, DateOnly RegisteredOn, string? LegalRepresentative, CreditGrade? Grade, int? Score);

    private static readonly CompiledQuery<Func<AppDbContext, long, IAsyncEnumerable<KeysetAnchor>>> AnchorQuery = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, long id) => db.Enterprises.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new KeysetAnchor(e.Id, e.Name, e.Code, e.RegisteredOn, e.RiskLevel))));

    private async Task<ReferenceLists> LoadReferenceListsAsync(CancellationToken cancellationToken) =>
        new(await IndustryOptionsAsync(cancellationToken), await TownshipOptionsAsync(cancellationToken));

    /// <summary>The enterprises matching the filter's search and filters, unordered and untracked (the export's query).</summary>
    public IQueryable<Enterprise> Filtered(EnterpriseFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (shape, arguments) = EnterpriseListQueries.Of(filter, anchor: null, skip: 0);
        return EnterpriseListQueries.Filtered(db, shape, arguments);
    }

    public static IQueryable<Enterprise> Sorted(IQueryable<Enterprise> query, string? sort) => Keyset.Order(query, sort);

    public async Task<IReadOnlyList<ReferenceOption>> IndustryOptionsAsync(CancellationToken cancellationToken = default) =>
        (await db.Industries.AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Name)
            .Select(i => new { i.Id, i.Name, i.IsActive })
            .ToListAsync(cancellationToken))
        .Select(i => new ReferenceOption(i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), i.Name, i.IsActive))
        .ToList();

    public async Task<IReadOnlyList<ReferenceOption>> TownshipOptionsAsync(CancellationToken cancellationToken = default) =>
        await db.Townships.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Code)
            .Select(t => new ReferenceOption(t.Code, t.Name, t.IsActive))
            .ToListAsync(cancellationToken);
}

/// <summary>How a search term is read as (part of) a 统一社会信用代码.</summary>
public static class CodeSearch
{
    /// <summary>2–18 characters of the code's character set with at least one digit: enterprise names are not written like that.</summary>
    public static bool LooksLikeCode(string upper) =>
        upper.Length is >= 2 and <= UnifiedSocialCreditCode.Length
        && upper.All(c => UnifiedSocialCreditCode.Charset.Contains(c, StringComparison.Ordinal))
        && upper.Any(char.IsAsciiDigit);

    /// <summary>
    /// The smallest string above every code that starts with <paramref name="prefix"/>, by the code's own character order
    /// (digits before letters, as every collation sorts them): "914" → "915", "91Y" → "92". Null when there is none.
    /// </summary>
    public static string? UpperBound(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var chars = prefix.ToCharArray();
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            var index = UnifiedSocialCreditCode.Charset.IndexOf(chars[i], StringComparison.Ordinal);
            if (index < UnifiedSocialCreditCode.Charset.Length - 1)
            {
                chars[i] = UnifiedSocialCreditCode.Charset[index + 1];
                return new string(chars, 0, i + 1);
            }
        }
        return null;
    }
}
