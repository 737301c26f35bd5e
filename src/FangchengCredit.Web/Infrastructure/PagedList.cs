namespace FangchengCredit.Web.Infrastructure;

public interface IPagedList
{
    int Page { get; }

    int PageSize { get; }

    int Total { get; }

    int PageCount { get; }

    /// <summary>The first row's keyset cursor, when the list pages by keyset ("previous" carries it); otherwise null.</summary>
    long? FirstKey { get; }

    /// <summary>The last row's keyset cursor ("next" carries it); otherwise null.</summary>
    long? LastKey { get; }
}

/// <summary>One page of a server-side paged list.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total) : IPagedList
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;

    /// <summary>When set, the pager's "previous" and "next" links carry the neighbouring row's key (keyset paging, the enterprise list).</summary>
    public Func<T, long>? CursorKey { get; init; }

    public long? FirstKey => CursorKey is null || Items.Count == 0 ? null : CursorKey(Items[0]);

    public long? LastKey => CursorKey is null || Items.Count == 0 ? null : CursorKey(Items[^1]);

    /// <summary>Clamps a requested page number to 1 or more; a page past the end simply shows nothing.</summary>
    public static int NormalisePage(int? page) => page is null or < 1 ? 1 : page.Value;
}
