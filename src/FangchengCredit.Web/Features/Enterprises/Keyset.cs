using System.Linq.Expressions;
using FangchengCredit.Domain.Enterprises;

namespace FangchengCredit.Web.Features.Enterprises;

/// <summary>The sort-key values of the row a keyset cursor names.</summary>
public sealed record KeysetAnchor(long Id, string Name, string Code, DateOnly RegisteredOn, RiskLevel RiskLevel);

/// <summary>
/// Keyset paging for the list's sort orders (<see cref="EnterpriseList.Sorted"/>): the rows strictly after (or before) an anchor row
/// in a sort order, written so that the first key is also a range (<c>Name &gt;= @n AND (Name &gt; @n OR (Name = @n AND Id &gt; @id))</c>)
/// and the database reads the page from the sort's index instead of walking an OFFSET.
/// </summary>
public static class Keyset
{
    private sealed record Key(LambdaExpression Selector, bool Descending);

    private static Key Asc<T>(Expression<Func<Enterprise, T>> selector) => new(selector, false);

    private static Key Desc<T>(Expression<Func<Enterprise, T>> selector) => new(selector, true);

    /// <summary>The sort as the list applies it: one of <see cref="EnterpriseList.SortKeys"/>, reversed or not; anything else is "name".</summary>
    public static string Normalise(string? sort) => sort switch
    {
        "name_desc" or "code" or "code_desc" or "registered" or "registered_desc" or "risk" or "risk_desc" => sort,
        _ => "name",
    };

    /// <summary>The keys of each sort (<see cref="EnterpriseList.SortKeys"/>; unknown sorts are by name).</summary>
    private static IReadOnlyList<Key> Keys(string? sort) => sort switch
    {
        "name_desc" => [Desc(e => e.Name), Desc(e => e.Id)],
        "code" => [Asc(e => e.Code)],
        "code_desc" => [Desc(e => e.Code)],
        "registered" => [Asc(e => e.RegisteredOn), Asc(e => e.Id)],
        "registered_desc" => [Desc(e => e.RegisteredOn), Desc(e => e.Id)],
        "risk" => [Asc(e => e.RiskLevel), Asc(e => e.Name), Asc(e => e.Id)],
        "risk_desc" => [Desc(e => e.RiskLevel), Asc(e => e.Name), Asc(e => e.Id)],
        _ => [Asc(e => e.Name), Asc(e => e.Id)],
    };

    /// <summary>
    /// The query in the sort's order, or in its reverse (the page before an anchor is read backwards, then turned round). The one
    /// definition of the list's orders: the list, its keyset pages and the export all sort through here.
    /// </summary>
    public static IQueryable<Enterprise> Order(IQueryable<Enterprise> query, string? sort, bool reverse = false)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Provider.CreateQuery<Enterprise>(Order(query.Expression, sort, reverse));
    }

    /// <summary><see cref="Order(IQueryable{Enterprise}, string?, bool)"/> on a query's expression (the list's compiled queries).</summary>
    public static Expression Order(Expression query, string? sort, bool reverse = false)
    {
        ArgumentNullException.ThrowIfNull(query);
        var keys = Keys(sort);
        var expression = query;
        for (var i = 0; i < keys.Count; i++)
        {
            var method = (First: i == 0, Descending: keys[i].Descending != reverse) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            expression = Expression.Call(
                typeof(Queryable), method, [typeof(Enterprise), keys[i].Selector.ReturnType], expression, Expression.Quote(keys[i].Selector));
        }
        return expression;
    }

    /// <summary>
    /// The rows after the anchor in the sort order (<paramref name="forward"/>), or before it. The anchor's sort-key values are given
    /// as expressions by <see cref="KeysetAnchor"/> property name: the parameters of the list's compiled queries, so the SQL is the
    /// same for every anchor.
    /// </summary>
    public static Expression<Func<Enterprise, bool>> Beyond(string? sort, Func<string, Expression> anchorValue, bool forward)
    {
        ArgumentNullException.ThrowIfNull(anchorValue);
        var keys = Keys(sort);
        var e = Expression.Parameter(typeof(Enterprise), "e");
        Expression? tail = null;
        for (var i = keys.Count - 1; i >= 0; i--)
        {
            var (column, value) = Operands(keys[i], e, anchorValue);
            var beyond = Compare(column, value, keys[i].Descending == forward ? ExpressionType.LessThan : ExpressionType.GreaterThan);
            tail = tail is null ? beyond : Expression.OrElse(beyond, Expression.AndAlso(Expression.Equal(column, value), tail));
        }
        if (keys.Count > 1)
        {
            var (column, value) = Operands(keys[0], e, anchorValue);
            var range = Compare(column, value, keys[0].Descending == forward ? ExpressionType.LessThanOrEqual : ExpressionType.GreaterThanOrEqual);
            tail = Expression.AndAlso(range, tail!);
        }
        return Expression.Lambda<Func<Enterprise, bool>>(tail!, e);
    }

    private static (Expression Column, Expression Value) Operands(Key key, ParameterExpression e, Func<string, Expression> anchorValue)
    {
        var member = (MemberExpression)key.Selector.Body;
        var column = Expression.MakeMemberAccess(e, member.Member);
        return (column, anchorValue(member.Member.Name));
    }

    private static Expression Compare(Expression column, Expression value, ExpressionType comparison)
    {
        if (column.Type == typeof(string))
        {
            // string.Compare(a, b) > 0 is translated to a > b (the column's collation, as ORDER BY uses).
            var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, column, value);
            return Expression.MakeBinary(comparison, compare, Expression.Constant(0));
        }
        if (column.Type.IsEnum)
        {
            column = Expression.Convert(column, typeof(int));
            value = Expression.Convert(value, typeof(int));
        }
        return Expression.MakeBinary(comparison, column, value);
    }
}
