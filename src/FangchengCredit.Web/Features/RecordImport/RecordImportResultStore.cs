using Microsoft.Extensions.Caching.Memory;

namespace FangchengCredit.Web.Features.RecordImport;

/// <summary>
/// Keeps a record import's result for an hour so the result page can follow the redirect and the error report can be downloaded,
/// without writing the upload to disk. Each result is bound to the account that imported it (as the enterprise import does).
/// </summary>
public sealed class RecordImportResultStore(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public string Save(string userId, RecordImportResult result)
    {
        var id = Guid.NewGuid().ToString("N");
        cache.Set(Key(id), new Entry(userId, result), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
        return id;
    }

    /// <returns>null when unknown, expired, or imported by someone else.</returns>
    public RecordImportResult? Find(string id, string userId) =>
        cache.TryGetValue(Key(id), out Entry? entry) && entry is not null && string.Equals(entry.UserId, userId, StringComparison.Ordinal)
            ? entry.Result
            : null;

    private static string Key(string id) => "record-import:" + id;

    private sealed record Entry(string UserId, RecordImportResult Result);
}
