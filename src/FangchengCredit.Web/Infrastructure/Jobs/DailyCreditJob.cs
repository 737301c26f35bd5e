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
    /// Already graded enterprises per batch: one set of queries and one save per batch. 10,000 enterprises (≈ 100,000 records, read
    /// as lean rows: a few MB) cut the per-batch round trips and saves that dominate a new day on PostgreSQL, while still giving
    /// parallel batches enough to share at province scale (docs/benchmarks-notes/regrade.md, rounds 6 and 7).
    /// </summary>
    public int BatchSize { get; set; } = 10000;

    /// <summary>
    /// Enterprises without a grade yet per batch (a new registry's first grading, an import): each is evaluated and written
    /// (a grade and a history line with its explanation, held until the batch writes), so such batches are kept smaller to keep
    /// the server's peak memory where batches of 1,000 had it (docs/benchmarks-notes/regrade.md, round 6).
    /// </summary>
    public int UngradedBatchSize { get; set; } = 1000;

    /// <summary>
    /// Batches read and evaluated at once; 0 means one per processor, at most four. Writes still go one batch at a time.
    /// Evaluation is CPU work the database does not share, so two batches on two cores roughly halve it (docs/benchmarks.md).
    /// </summary>
    public int Parallelism { get; set; }

    /// <summary>The number of batches in flight: <see cref="Parallelism"/>, or one per processor (at most four) when 0.</summary>
    public int EffectiveParallelism => Parallelism > 0 ? Parallelism : Math.Clamp(Environment.ProcessorCount, 1, 4);
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
        var settings = options.Value;
        var batchSize = Math.Max(1, settings.BatchSize);
        var total = RegradeResult.None;
        var ranges = await BatchesAsync(batchSize, Math.Clamp(settings.UngradedBatchSize, 1, batchSize), cancellationToken);
        using var writes = new SemaphoreSlim(1, 1);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.EffectiveParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(ranges, parallel, async (range, token) =>
        {
            // A fresh scope per batch keeps the change tracker small however many enterprises there are.
            using var scope = scopes.CreateScope();
            var grading = scope.ServiceProvider.GetRequiredService<CreditGradingService>();
            var result = await grading.RegradeBatchAsync(range.From, range.To, today, writes, token);
            lock (ranges) total = total.Add(result);
        });

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

    /// <summary>The enterprises' ids cut into ranges (<see cref="Ranges"/>), read once from the key indexes.</summary>
    private async Task<List<(long From, long To)>> BatchesAsync(int batchSize, int ungradedBatchSize, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Two key-ordered id lists merged in memory: a correlated EXISTS per enterprise cost PostgreSQL ten times these reads.
        // Read by a plain reader, as the batches read their rows: through EF the two lists of 100,000 ids took 45–69 ms of a
        // new day on PostgreSQL, by a plain reader 26–42 ms (docs/benchmarks-notes/regrade.md, round 9).
        var ids = await IdsAsync(db, """SELECT "Id" FROM "Enterprises" WHERE "Id" >= @from AND "Id" <= @to ORDER BY "Id" """, cancellationToken);
        var graded = await IdsAsync(db, """SELECT "EnterpriseId" FROM "CurrentCreditGrades" WHERE "EnterpriseId" >= @from AND "EnterpriseId" <= @to ORDER BY "EnterpriseId" """, cancellationToken);
        return Ranges(ids, graded, batchSize, ungradedBatchSize);
    }

    private static async Task<List<long>> IdsAsync(AppDbContext db, string sql, CancellationToken cancellationToken)
    {
        var ids = new List<long>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await RecordGradingRow.ForEachInRangeAsync(db, sql, long.MinValue, long.MaxValue, reader => ids.Add(reader.GetInt64(0)), cancellationToken);
            return ids;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Cuts ascending enterprise ids into ranges of <paramref name="batchSize"/> graded enterprises, an ungraded one counting
    /// as <paramref name="batchSize"/> / <paramref name="ungradedBatchSize"/> (a range of ungraded ones only holds
    /// <paramref name="ungradedBatchSize"/>). <paramref name="graded"/>: the ids that have a grade, ascending.
    /// </summary>
    internal static List<(long From, long To)> Ranges(IReadOnlyList<long> ids, IReadOnlyList<long> graded, int batchSize, int ungradedBatchSize)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(graded);
        var ranges = new List<(long From, long To)>();
        // Weights in units of 1/ungradedBatchSize, so that the sums stay exact integers.
        long capacity = (long)batchSize * ungradedBatchSize, weight = 0;
        long? from = null;
        var next = 0;
        foreach (var id in ids)
        {
            while (next < graded.Count && graded[next] < id) next++;
            from ??= id;
            weight += next < graded.Count && graded[next] == id ? ungradedBatchSize : batchSize;
            if (weight < capacity) continue;
            ranges.Add((from.Value, id));
            from = null;
            weight = 0;
        }
        if (from is { } first) ranges.Add((first, ids[^1]));
        return ranges;
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
