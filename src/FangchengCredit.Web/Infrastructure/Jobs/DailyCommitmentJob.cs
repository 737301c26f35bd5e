using FangchengCredit.Data;
using FangchengCredit.Domain.Licensing;
using FangchengCredit.Web.Features.Licensing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FangchengCredit.Web.Infrastructure.Jobs;

/// <summary>The "Jobs:DailyCommitment" configuration section.</summary>
public sealed class DailyCommitmentJobOptions
{
    public const string SectionName = "Jobs:DailyCommitment";

    public bool Enabled { get; set; } = true;

    /// <summary>Bureau time of day (China Standard Time); before the credit job so that its regrading already sees the breaches.</summary>
    public TimeOnly RunAt { get; set; } = new(0, 5);
}

/// <summary>
/// 每日承诺任务: finds the 容缺 commitments whose deadline passed with items neither received nor uploaded in time and marks
/// them breached, with the consequences (bad record, termination or revocation proposal, 容缺 ban, regrading). Idempotent:
/// a breached commitment is no longer pending, so a second run the same day finds nothing.
/// </summary>
public sealed class DailyCommitmentJob(
    IServiceScopeFactory scopes, IOptions<DailyCommitmentJobOptions> options, TimeProvider time, ILogger<DailyCommitmentJob> logger)
    : BackgroundService
{
    /// <returns>How many commitments were marked breached.</returns>
    public async Task<int> RunOnceAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        List<long> ids;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            ids = await db.Commitments.AsNoTracking()
                .Where(c => c.Status == CommitmentStatus.Pending && c.Mode == CommitmentMode.AcceptWithDeficiencies
                            && c.Items.Any(i => i.ReceivedOn == null && i.DueOn < today))
                .OrderBy(c => c.Id)
                .Select(c => c.Id)
                .ToListAsync(cancellationToken);
        }

        var breached = 0;
        foreach (var id in ids)
        {
            // One scope per commitment: one enterprise's failure does not stop the others.
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var commitment = await db.Commitments.Include(c => c.Items).SingleAsync(c => c.Id == id, cancellationToken);
            if (!commitment.IsOverdue(today)) continue; // uploaded in time: waits for staff to verify
            try
            {
                await scope.ServiceProvider.GetRequiredService<LicensingService>().BreachAsync(commitment, today, cancellationToken);
                breached++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Commitment {CommitmentId} could not be marked breached", id);
            }
        }

        logger.LogInformation("Daily commitment job for {Today}: {Breached} commitments breached", today, breached);
        return breached;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = BureauClock.Now(time);
            var next = new DateTimeOffset(now.Date.Add(settings.RunAt.ToTimeSpan()), BureauClock.Offset);
            if (next <= now) next = next.AddDays(1);
            await Task.Delay(next - now, time, stoppingToken);
            try
            {
                await RunOnceAsync(BureauClock.Today(time), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Daily commitment job failed");
            }
        }
    }
}
