namespace FangchengCredit.Web.Infrastructure;

public interface IPagedList
{
    int Page { get; }

    int PageSize { get; }

    int Total { get; }

    int PageCount { get; }
}

/// <summary>One page of a server-side paged list.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total) : IPagedList
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;

    /// <summary>Clamps a requested page number to 1 or more; a page past the end simply shows nothing.</summary>
    public static int NormalisePage(int? page) => page is null or < 1 ? 1 : page.Value;
}
