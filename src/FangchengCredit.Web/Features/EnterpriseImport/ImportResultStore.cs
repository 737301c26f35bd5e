using Microsoft.Extensions.Caching.Memory;

namespace FangchengCredit.Web.Features.EnterpriseImport;

/// <summary>
/// Keeps an import's result for an hour so the result page can follow a redirect (POST → GET) and the error report can be
/// downloaded, without writing uploaded data to disk. Each result is bound to the account that imported it.
/// </summary>
public sealed class ImportResultStore(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public string Save(string userId, EnterpriseImportResult result)
    {
        var id = Guid.NewGuid().ToString("N");
        cache.Set(Key(id), new Entry(userId, result), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
        return id;
    }

    /// <returns>null when unknown, expired, or imported by someone else.</returns>
    public EnterpriseImportResult? Find(string id, string userId) =>
        cache.TryGetValue(Key(id), out Entry? entry) && entry is not null && string.Equals(entry.UserId, userId, StringComparison.Ordinal)
            ? entry.Result
            : null;

    private static string Key(string id) => "enterprise-import:" + id;

    private sealed record Entry(string UserId, EnterpriseImportResult Result);
}
