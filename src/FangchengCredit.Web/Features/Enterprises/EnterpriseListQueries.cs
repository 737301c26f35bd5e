using System.Linq.Expressions;
using FangchengCredit.Data;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Identifiers;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Features.Enterprises;

/// <summary>
/// The list's filters, search and paging as one definition, from which both the list's compiled queries and the plain
/// <see cref="EnterpriseList.Filtered"/> query (the export) are built. A query is compiled once per <see cref="ListShape"/> and
/// EF model: building the LINQ expression, extracting its parameters and looking it up in EF's query cache cost the list's page
/// about a sixth of its CPU (docs/benchmarks-notes/list.md, round 5). Every value that varies goes in as a scalar parameter
/// (<see cref="ListArguments"/>), so the SQL is the same for every value and a shape's query is compiled once.
/// </summary>
internal static class EnterpriseListQueries
{
    /// <summary>The page query: the filtered, ordered rows of one page with their legal representative and current grade.</summary>
    public static IAsyncEnumerable<EnterpriseList.PageItem> Page(AppDbContext db, ListShape shape, ListArguments a) =>
        PageQueries.For(db, shape)(db, a.Industry, a.Township, a.Risk, a.Status, a.Grade, a.Text, a.Text2,
            a.AnchorId, a.AnchorName, a.AnchorCode, a.AnchorRegisteredOn, a.AnchorRisk, a.Skip);

    /// <summary>How many enterprises the shape's filters and search let through.</summary>
    public static Task<int> CountAsync(AppDbContext db, ListShape shape, ListArguments a, CancellationToken cancellationToken) =>
        CountQueries.For(db, shape.FiltersOnly)(db, a.Industry, a.Township, a.Risk, a.Status, a.Grade, a.Text, a.Text2, cancellationToken);

    /// <summary>The shape's filtered enterprises as a plain query (values become parameters of EF's own query cache).</summary>
    public static IQueryable<Enterprise> Filtered(AppDbContext db, ListShape shape, ListArguments a)
    {
        // The arguments as member accesses on a constant: EF reads them as parameters, as it does a lambda's captured variables.
        var box = Expression.Constant(new ArgumentBox(a));
        var values = new Values(
            Expression.Constant(db),
            Arg(box, nameof(ListArguments.Industry)), Arg(box, nameof(ListArguments.Township)), Arg(box, nameof(ListArguments.Risk)),
            Arg(box, nameof(ListArguments.Status)), Arg(box, nameof(ListArguments.Grade)), Arg(box, nameof(ListArguments.Text)),
            Arg(box, nameof(ListArguments.Text2)));
        return db.Enterprises.AsQueryable().Provider.CreateQuery<Enterprise>(FilteredExpression(shape, values));
    }

    private static MemberExpression Arg(Expression box, string name) =>
        Expression.Property(Expression.Property(box, nameof(ArgumentBox.Arguments)), name);

    private sealed record ArgumentBox(ListArguments Arguments);

    private sealed record Values(
        Expression Db, Expression Industry, Expression Township, Expression Risk, Expression Status, Expression Grade,
        Expression Text, Expression Text2);

    private static readonly ParameterExpression DbParameter = Expression.Parameter(typeof(AppDbContext), "db");
    private static readonly ParameterExpression IndustryParameter = Expression.Parameter(typeof(int), "industry");
    private static readonly ParameterExpression TownshipParameter = Expression.Parameter(typeof(string), "township");
    private static readonly ParameterExpression RiskParameter = Expression.Parameter(typeof(RiskLevel), "risk");
    private static readonly ParameterExpression StatusParameter = Expression.Parameter(typeof(OperatingStatus), "status");
    private static readonly ParameterExpression GradeParameter = Expression.Parameter(typeof(CreditGrade), "grade");
    private static readonly ParameterExpression TextParameter = Expression.Parameter(typeof(string), "text");
    private static readonly ParameterExpression Text2Parameter = Expression.Parameter(typeof(string), "text2");
    private static readonly ParameterExpression AnchorIdParameter = Expression.Parameter(typeof(long), "anchorId");
    private static readonly ParameterExpression AnchorNameParameter = Expression.Parameter(typeof(string), "anchorName");
    private static readonly ParameterExpression AnchorCodeParameter = Expression.Parameter(typeof(string), "anchorCode");
    private static readonly ParameterExpression AnchorRegisteredOnParameter = Expression.Parameter(typeof(DateOnly), "anchorRegisteredOn");
    private static readonly ParameterExpression AnchorRiskParameter = Expression.Parameter(typeof(RiskLevel), "anchorRisk");
    private static readonly ParameterExpression SkipParameter = Expression.Parameter(typeof(int), "skip");

    private static readonly Values Parameters = new(
        DbParameter, IndustryParameter, TownshipParameter, RiskParameter, StatusParameter, GradeParameter, TextParameter, Text2Parameter);

    private static readonly CompiledQueries<ListShape, Func<AppDbContext, int, string, RiskLevel, OperatingStatus, CreditGrade, string, string,
        long, string, string, DateOnly, RiskLevel, int, IAsyncEnumerable<EnterpriseList.PageItem>>> PageQueries = new(shape => EF.CompileAsyncQuery(
            Expression.Lambda<Func<AppDbContext, int, string, RiskLevel, OperatingStatus, CreditGrade, string, string,
                long, string, string, DateOnly, RiskLevel, int, IQueryable<EnterpriseList.PageItem>>>(
                PageExpression(shape),
                DbParameter, IndustryParameter, TownshipParameter, RiskParameter, StatusParameter, GradeParameter, TextParameter, Text2Parameter,
                AnchorIdParameter, AnchorNameParameter, AnchorCodeParameter, AnchorRegisteredOnParameter, AnchorRiskParameter, SkipParameter)));

    private static readonly ParameterExpression CancellationParameter = Expression.Parameter(typeof(CancellationToken), "ct");

    private static readonly CompiledQueries<ListShape, Func<AppDbContext, int, string, RiskLevel, OperatingStatus, CreditGrade, string, string,
        CancellationToken, Task<int>>> CountQueries = new(shape => EF.CompileAsyncQuery(
            Expression.Lambda<Func<AppDbContext, int, string, RiskLevel, OperatingStatus, CreditGrade, string, string, CancellationToken, int>>(
                Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(Enterprise)], FilteredExpression(shape, Parameters)),
                DbParameter, IndustryParameter, TownshipParameter, RiskParameter, StatusParameter, GradeParameter, TextParameter, Text2Parameter,
                CancellationParameter)));

    private static Expression PageExpression(ListShape shape)
    {
        var filtered = FilteredExpression(shape, Parameters);
        var anchor = (string key) => key switch
        {
            nameof(KeysetAnchor.Id) => AnchorIdParameter,
            nameof(KeysetAnchor.Name) => AnchorNameParameter,
            nameof(KeysetAnchor.Code) => AnchorCodeParameter,
            nameof(KeysetAnchor.RegisteredOn) => AnchorRegisteredOnParameter,
            nameof(KeysetAnchor.RiskLevel) => (Expression)AnchorRiskParameter,
            _ => throw new InvalidOperationException($"No anchor value for the sort key {key}."),
        };
        var ordered = shape.Paging switch
        {
            ListPaging.After => Keyset.Order(Where(filtered, Keyset.Beyond(shape.Sort, anchor, forward: true)), shape.Sort),
            ListPaging.Before => Keyset.Order(Where(filtered, Keyset.Beyond(shape.Sort, anchor, forward: false)), shape.Sort, reverse: true),
            _ => Expression.Call(typeof(Queryable), nameof(Queryable.Skip), [typeof(Enterprise)], Keyset.Order(filtered, shape.Sort), SkipParameter),
        };
        var page = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(Enterprise)], ordered, Expression.Constant(EnterpriseList.PageSize));
        var e = Projection.Parameters[1];
        var select = Expression.Lambda<Func<Enterprise, EnterpriseList.PageItem>>(Replace(Projection.Body, Projection.Parameters[0], DbParameter), e);
        return Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(Enterprise), typeof(EnterpriseList.PageItem)], page, Expression.Quote(select));
    }

    // The legal representative and the current grade as scalar subqueries of the page query (one query instead of three): the
    // database evaluates them for the page's 20 rows only, after the OFFSET or keyset range (docs/benchmarks-notes/list.md).
    private static readonly Expression<Func<AppDbContext, Enterprise, EnterpriseList.PageItem>> Projection = (db, e) => new EnterpriseList.PageItem(
        e.Id, e.Code, e.Name, e.IndustryId, e.TownshipCode, e.RiskLevel, e.HasMajorHazardSource, e.Status, e.RegisteredOn,
        e.People.Where(ep => ep.Role == PersonRole.LegalRepresentative).Select(ep => ep.Person.Name).FirstOrDefault(),
        db.CurrentCreditGrades.Where(g => g.EnterpriseId == e.Id).Select(g => (CreditGrade?)g.Grade).FirstOrDefault(),
        db.CurrentCreditGrades.Where(g => g.EnterpriseId == e.Id).Select(g => (int?)g.Score).FirstOrDefault());

    /// <summary>The enterprises the shape's filters and search let through, untracked: the one definition of what they mean.</summary>
    private static Expression FilteredExpression(ListShape shape, Values v)
    {
        Expression query = Expression.Call(typeof(EntityFrameworkQueryableExtensions), nameof(EntityFrameworkQueryableExtensions.AsNoTracking),
            [typeof(Enterprise)], Expression.Property(v.Db, nameof(AppDbContext.Enterprises)));
        if (shape.Industry) query = Where(query, ByIndustry, v.Industry);
        if (shape.Township) query = Where(query, ByTownship, v.Township);
        if (shape.Risk) query = Where(query, ByRisk, v.Risk);
        if (shape.Status) query = Where(query, ByStatus, v.Status);
        // The current grade lives in CurrentCreditGrades (indexed by grade), kept up to date by the grading service and the daily job.
        if (shape.Grade) query = Where(query, ByGrade, v.Db, v.Grade);
        return shape.Search switch
        {
            ListSearch.None => query,
            ListSearch.IdNumber => Where(query, ByIdNumber, v.Db, v.Text, v.Text2),
            ListSearch.Code => Where(query, ByCode, v.Text),
            ListSearch.CodePrefix => Where(query, ByCodePrefix, v.Text, v.Text2),
            ListSearch.CodePrefixToTheEnd => Where(query, ByCodeFrom, v.Text),
            ListSearch.Name => Where(query, ByName, v.Db, v.Text),
            _ => throw new InvalidOperationException($"Unknown search {shape.Search}."),
        };
    }

    private static readonly Expression<Func<Enterprise, int, bool>> ByIndustry = (e, industry) => e.IndustryId == industry;
    private static readonly Expression<Func<Enterprise, string, bool>> ByTownship = (e, township) => e.TownshipCode == township;
    private static readonly Expression<Func<Enterprise, RiskLevel, bool>> ByRisk = (e, risk) => e.RiskLevel == risk;
    private static readonly Expression<Func<Enterprise, OperatingStatus, bool>> ByStatus = (e, status) => e.Status == status;

    private static readonly Expression<Func<Enterprise, AppDbContext, CreditGrade, bool>> ByGrade =
        (e, db, grade) => db.CurrentCreditGrades.Any(g => g.EnterpriseId == e.Id && g.Grade == grade);

    /// <summary>A whole 身份证号 finds the enterprises of that person (equality on the unique index); the number is never shown.</summary>
    private static readonly Expression<Func<Enterprise, AppDbContext, string, string, bool>> ByIdNumber = (e, db, upper, idNumber) =>
        e.Code == upper || db.EnterprisePeople.Where(ep => ep.Person.IdNumber == idNumber).Select(ep => ep.EnterpriseId).Contains(e.Id);

    private static readonly Expression<Func<Enterprise, string, bool>> ByCode = (e, code) => e.Code == code;

    /// <summary>A code prefix as a range on the code index, which works on every provider (LIKE does not use it on SQLite).</summary>
    private static readonly Expression<Func<Enterprise, string, string, bool>> ByCodePrefix =
        (e, prefix, upperBound) => string.Compare(e.Code, prefix) >= 0 && string.Compare(e.Code, upperBound) < 0;

    private static readonly Expression<Func<Enterprise, string, bool>> ByCodeFrom = (e, prefix) => string.Compare(e.Code, prefix) >= 0;

    /// <summary>Names: any part of the enterprise name; people by the start of their name (a surname, a full name).</summary>
    private static readonly Expression<Func<Enterprise, AppDbContext, string, bool>> ByName = (e, db, term) =>
        e.Name.Contains(term) || db.EnterprisePeople.Where(ep => ep.Person.Name.StartsWith(term)).Select(ep => ep.EnterpriseId).Contains(e.Id);

    /// <summary><c>query.Where(e =&gt; condition(e, values…))</c>: the condition's other parameters replaced by the given values.</summary>
    private static Expression Where(Expression query, LambdaExpression condition, params Expression[] values)
    {
        var body = condition.Body;
        for (var i = 0; i < values.Length; i++) body = Replace(body, condition.Parameters[i + 1], values[i]);
        return Where(query, Expression.Lambda<Func<Enterprise, bool>>(body, condition.Parameters[0]));
    }

    private static Expression Where(Expression query, Expression<Func<Enterprise, bool>> predicate) =>
        Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(Enterprise)], query, Expression.Quote(predicate));

    private static Expression Replace(Expression body, ParameterExpression parameter, Expression value) =>
        new Replacer(parameter, value).Visit(body);

    private sealed class Replacer(ParameterExpression parameter, Expression value) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? value : node;
    }

    /// <summary>The shape and arguments of a list request: which filters, search, sort and paging it uses, and their values.</summary>
    public static (ListShape Shape, ListArguments Arguments) Of(EnterpriseFilter filter, KeysetAnchor? anchor, int skip)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var township = string.IsNullOrWhiteSpace(filter.Township) ? null : filter.Township.Trim();
        var (search, text, text2) = SearchOf(filter.Q);
        var paging = anchor is null ? ListPaging.Offset : filter.After is not null ? ListPaging.After : ListPaging.Before;
        var shape = new ListShape(
            filter.Industry is not null, township is not null, filter.Risk is not null, filter.Status is not null, filter.Grade is not null,
            search, Keyset.Normalise(filter.Sort), paging);
        var arguments = new ListArguments(
            filter.Industry ?? 0, township ?? string.Empty, filter.Risk ?? default, filter.Status ?? default, filter.Grade ?? default,
            text, text2, anchor?.Id ?? 0, anchor?.Name ?? string.Empty, anchor?.Code ?? string.Empty, anchor?.RegisteredOn ?? default,
            anchor?.RiskLevel ?? default, skip);
        return (shape, arguments);
    }

    private static (ListSearch Search, string Text, string Text2) SearchOf(string? q)
    {
        var term = q?.Trim();
        if (string.IsNullOrEmpty(term)) return (ListSearch.None, string.Empty, string.Empty);
        var upper = term.ToUpperInvariant();
        if (ResidentIdNumber.TryParse(upper, out var idNumber, out _)) return (ListSearch.IdNumber, upper, idNumber.Value);
        if (CodeSearch.LooksLikeCode(upper))
        {
            if (upper.Length == UnifiedSocialCreditCode.Length) return (ListSearch.Code, upper, string.Empty);
            return CodeSearch.UpperBound(upper) is { } upperBound
                ? (ListSearch.CodePrefix, upper, upperBound)
                : (ListSearch.CodePrefixToTheEnd, upper, string.Empty);
        }
        return (ListSearch.Name, term, string.Empty);
    }
}

/// <summary>How the list's search term is read.</summary>
internal enum ListSearch
{
    None,
    IdNumber,
    Code,
    CodePrefix,
    CodePrefixToTheEnd,
    Name,
}

/// <summary>How a page of the list is reached: by page number, or by a keyset cursor after or before a row.</summary>
internal enum ListPaging
{
    Offset,
    After,
    Before,
}

/// <summary>
/// What decides the SQL of a list query: which filters are in use, how the search term is read, the sort and the paging. The sort
/// is normalised (<see cref="Keyset.Normalise"/>), so there are finitely many shapes, whatever the query string says.
/// </summary>
internal readonly record struct ListShape(
    bool Industry, bool Township, bool Risk, bool Status, bool Grade, ListSearch Search, string Sort, ListPaging Paging)
{
    /// <summary>The shape of the count: the filters and search alone.</summary>
    public ListShape FiltersOnly => this with { Sort = "name", Paging = ListPaging.Offset };
}

/// <summary>The values a list query's parameters take; a shape reads only those it uses.</summary>
internal readonly record struct ListArguments(
    int Industry, string Township, RiskLevel Risk, OperatingStatus Status, CreditGrade Grade, string Text, string Text2,
    long AnchorId, string AnchorName, string AnchorCode, DateOnly AnchorRegisteredOn, RiskLevel AnchorRisk, int Skip);
