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

    /// <summary>Whether any search or filter narrows the list (<see cref="EnterpriseList.Filtered"/>); if not, the count is the whole table's.</summary>
    public bool IsFiltered => !string.IsNullOrWhiteSpace(Q) || Industry is not null || !string.IsNullOrWhiteSpace(Township) || Risk is not null || Status is not null || Grade is not null;
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
        var query = Filtered(filter);
        // A page far past the end shows nothing rather than overflowing the offset.
        var page = Math.Min(PagedList<EnterpriseRow>.NormalisePage(filter.Page), int.MaxValue / PageSize);
        // The unfiltered count (the list as it opens, and every page reached from there) is a compiled query: no expression to
        // build, no parameters to extract, no cache lookup; it scans the table's narrowest index.
        var total = filter.IsFiltered ? await query.CountAsync(cancellationToken) : await CountAll.For(db)(db, cancellationToken);

        // Pager links carry a keyset cursor (the neighbouring page's edge row): the page is then an index range from that row instead
        // of an OFFSET that walks every row before it. A cursor whose row is gone (deleted meanwhile) falls back to the page number.
        var anchorId = filter.After ?? filter.Before;
        var anchor = anchorId is { } id && page > 1 ? await AnchorQuery.For(db)(db, id).FirstOrDefaultAsync(cancellationToken) : null;
        IQueryable<Enterprise> ordered;
        var reversed = false;
        if (anchor is not null && filter.After is not null)
            ordered = Sorted(query.Where(Keyset.Beyond(filter.Sort, anchor, forward: true)), filter.Sort);
        else if (anchor is not null)
        {
            ordered = Keyset.Order(query.Where(Keyset.Beyond(filter.Sort, anchor, forward: false)), filter.Sort, reverse: true);
            reversed = true;
        }
        else
            ordered = Sorted(query, filter.Sort).Skip((page - 1) * PageSize);
        // The legal representative and the current grade as scalar subqueries of the page query (one query instead of three): the
        // database evaluates them for the page's 20 rows only, after the OFFSET or keyset range (docs/benchmarks-notes/list.md).
        var items = await ordered.Take(PageSize)
            .Select(e => new PageItem(
                e.Id, e.Code, e.Name, e.IndustryId, e.TownshipCode, e.RiskLevel, e.HasMajorHazardSource, e.Status, e.RegisteredOn,
                e.People.Where(ep => ep.Role == PersonRole.LegalRepresentative).Select(ep => ep.Person.Name).FirstOrDefault(),
                db.CurrentCreditGrades.Where(g => g.EnterpriseId == e.Id).Select(g => (CreditGrade?)g.Grade).FirstOrDefault(),
                db.CurrentCreditGrades.Where(g => g.EnterpriseId == e.Id).Select(g => (int?)g.Score).FirstOrDefault()))
            .ToListAsync(cancellationToken);
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

    private sealed record PageItem(
        long Id, string Code, string Name, int IndustryId, string TownshipCode, RiskLevel RiskLevel, bool HasMajorHazardSource,
        OperatingStatus Status, DateOnly RegisteredOn, string? LegalRepresentative, CreditGrade? Grade, int? Score);

    private static readonly CompiledQuery<Func<AppDbContext, CancellationToken, Task<int>>> CountAll = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, CancellationToken ct) => db.Enterprises.Count()));

    private static readonly CompiledQuery<Func<AppDbContext, long, IAsyncEnumerable<KeysetAnchor>>> AnchorQuery = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, long id) => db.Enterprises.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new KeysetAnchor(e.Id, e.Name, e.Code, e.RegisteredOn, e.RiskLevel))));

    private async Task<ReferenceLists> LoadReferenceListsAsync(CancellationToken cancellationToken) =>
        new(await IndustryOptionsAsync(cancellationToken), await TownshipOptionsAsync(cancellationToken));

    /// <summary>The enterprises matching the filter's search and filters, unordered and untracked.</summary>
    public IQueryable<Enterprise> Filtered(EnterpriseFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Enterprises.AsNoTracking();
        if (filter.Industry is { } industry) query = query.Where(e => e.IndustryId == industry);
        if (!string.IsNullOrWhiteSpace(filter.Township))
        {
            var township = filter.Township.Trim();
            query = query.Where(e => e.TownshipCode == township);
        }
        if (filter.Risk is { } risk) query = query.Where(e => e.RiskLevel == risk);
        if (filter.Status is { } status) query = query.Where(e => e.Status == status);
        // The current grade lives in CurrentCreditGrades (indexed by grade), kept up to date by the grading service and the daily job.
        if (filter.Grade is { } grade)
            query = query.Where(e => db.CurrentCreditGrades.Any(g => g.EnterpriseId == e.Id && g.Grade == grade));

        var term = filter.Q?.Trim();
        if (string.IsNullOrEmpty(term)) return query;
        var upper = term.ToUpperInvariant();
        if (ResidentIdNumber.TryParse(upper, out var idNumber, out _))
        {
            // A whole 身份证号 finds the enterprises of that person (equality on the unique index); the number is never shown.
            var value = idNumber.Value;
            var ofPerson = db.EnterprisePeople.Where(ep => ep.Person.IdNumber == value).Select(ep => ep.EnterpriseId);
            return query.Where(e => e.Code == upper || ofPerson.Contains(e.Id));
        }
        if (CodeSearch.LooksLikeCode(upper))
        {
            if (upper.Length == UnifiedSocialCreditCode.Length) return query.Where(e => e.Code == upper);
            // A prefix as a range on the code index, which works on every provider (LIKE does not use it on SQLite).
            var upperBound = CodeSearch.UpperBound(upper);
            return upperBound is null
                ? query.Where(e => string.Compare(e.Code, upper) >= 0)
                : query.Where(e => string.Compare(e.Code, upper) >= 0 && string.Compare(e.Code, upperBound) < 0);
        }
        // Names: any part of the enterprise name; people by the start of their name (a surname, a full name).
        var byPerson = db.EnterprisePeople.Where(ep => ep.Person.Name.StartsWith(term)).Select(ep => ep.EnterpriseId);
        return query.Where(e => e.Name.Contains(term) || byPerson.Contains(e.Id));
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
