using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace FangchengCredit.Web.Tests.Credit;

/// <summary>
/// The portal with its evidence files in a throw-away folder, a known partner API key and the daily job's timer off
/// (tests call <c>RunOnceAsync</c> themselves).
/// </summary>
public class CreditPortalFactory : PortalFactory
{
    public const string ApiKey = "test-partner-key-2026";

    public string EvidenceDirectory { get; } = Path.Combine(Path.GetTempPath(), $"fc-evidence-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Storage:EvidenceDirectory", EvidenceDirectory);
        builder.UseSetting("Jobs:DailyCredit:Enabled", "false");
        builder.UseSetting("Api:Keys:testpartner", ApiKey);
        foreach (var (key, value) in ExtraSettings) builder.UseSetting(key, value);
    }

    protected virtual IEnumerable<(string Key, string Value)> ExtraSettings => [];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(EvidenceDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
