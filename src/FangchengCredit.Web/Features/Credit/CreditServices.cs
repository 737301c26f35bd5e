using System.Threading.RateLimiting;
using FangchengCredit.Web.Features.Records;
using FangchengCredit.Web.Features.Reports;
using FangchengCredit.Web.Infrastructure.Jobs;

namespace FangchengCredit.Web.Features.Credit;

/// <summary>Registers credit records, grading, reports and the daily job.</summary>
internal static class CreditServices
{
    /// <summary>Rate limit of the anonymous report verification page, per client address.</summary>
    public const string VerifyRateLimit = "verify";

    public static IServiceCollection AddCreditRecords(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGradingRules(configuration);
        services.AddScoped<CreditGradingService>();
        services.AddScoped<CreditPageQueries>();
        services.AddScoped<RecordService>();
        services.AddScoped<CreditReportService>();
        services.AddSingleton<EvidenceStore>();

        services.AddOptions<DailyCreditJobOptions>().Bind(configuration.GetSection(DailyCreditJobOptions.SectionName));
        services.AddSingleton<DailyCreditJob>();
        services.AddHostedService(sp => sp.GetRequiredService<DailyCreditJob>());

        var verifyPerMinute = configuration.GetValue("Verify:RequestsPerMinute", 30);
        services.AddRateLimiter(o => o.AddPolicy(VerifyRateLimit, http =>
            RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = verifyPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        return services;
    }
}
