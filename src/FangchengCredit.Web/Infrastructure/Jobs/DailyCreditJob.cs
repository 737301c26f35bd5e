using FangchengCredit.Data;
using FangchengCredit.Web.Features.Credit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FangchengCredit.Web.Infrastructure.Jobs;

/// <summary>The "Jobs:DailyCredit" configuration section.</summary>
public sealed class DailyCreditJobOptions
{
    public const string SectionName = "Jobs:DailyCredit";

    /// <summary>Run the job at all (a second instance of the portal behind a load balancer would turn it off).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Bureau time of day (China Standard Time) at which the daily run starts.</summary>
    public TimeOnly RunAt { get; set; } = new(0, 10);

    /// <summary>Also run once shortly after start-up (catches up after the server was down at <see cref="RunAt"/>).</summary>
    public bool RunOnStartup { get; set; }

    /// <summary>
    /// Enterprises graded per batch: one set of queries and one save per batch. 1,000 enterprises (≈ 10,000 records, read as
    /// lean rows) keep a batch small in memory while cutting the round trips that dominate on PostgreSQL (docs/benchmarks-notes/regrade.md).
    /// </summary>
    public int BatchSize { get; set; } = 1000;
}

/// <summary>
/// 每日信用任务: expires the records whose counting and publication are over and regrades every enterprise as of the day.
/// Idempotent (a second run on the same day changes nothing) and callable directly through <see cref="RunOnceAsync"/>.
/// </summary>
public sealed class DailyCreditJob(
    IServiceScopeFactory scopes, IOptions<DailyCreditJobOptions> options, TimeProvider time, ILogger<DailyCreditJob> logger)
    : BackgroundService
{
    public async Task<RegradeResult> RunOnceAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var batchSize = Math.Max(1, options.Value.BatchSize);
        var total = RegradeResult.None;
        long after = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            // A fresh scope per batch keeps the change tracker small however many enterprises there are.
            using var scope = scopes.CreateScope();
            var grading = scope.ServiceProvider.GetRequiredService<CreditGradingService>();
            var (result, lastId) = await grading.RegradeNextAsync(after, batchSize, today, cancellationToken);
            if (lastId is not { } last) break;
            total = total.Add(result);
            after = last;
        }

        using (var scope = scopes.CreateScope())
        {
            var expired = await scope.ServiceProvider.GetRequiredService<CreditGradingService>()
                .ExpirePersonRecordsAsync(today, batchSize, cancellationToken);
            total = total with { Expired = total.Expired + expired };
        }

        logger.LogInformation(
            "Daily credit job for {Today}: {Enterprises} enterprises graded, {Expired} records expired, {Changed} grades changed",
            today, total.Enterprises, total.Expired, total.GradesChanged);
        return total;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled) return;
        if (settings.RunOnStartup)
        {
            await Task.Delay(TimeSpan.FromSeconds(10), time, stoppingToken);
            await RunSafelyAsync(stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(UntilNextRun(settings.RunAt), time, stoppingToken);
            await RunSafelyAsync(stoppingToken);
        }
    }

    private TimeSpan UntilNextRun(TimeOnly runAt)
    {
        var now = BureauClock.Now(time);
        var next = new DateTimeOffset(now.Date.Add(runAt.ToTimeSpan()), BureauClock.Offset);
        if (next <= now) next = next.AddDays(1);
        return next - now;
    }

    private async Task RunSafelyAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunOnceAsync(BureauClock.Today(time), stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next run tries again; one bad day must not stop the service or the host.
            logger.LogError(e, "Daily credit job failed");
        }
    }
}
