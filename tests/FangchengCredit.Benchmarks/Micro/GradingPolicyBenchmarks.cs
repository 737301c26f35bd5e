using BenchmarkDotNet.Attributes;
using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;

namespace FangchengCredit.Benchmarks.Micro;

/// <summary>
/// One enterprise's evaluation with a realistic record mix. The baseline sums the same points with a bare loop, so the figure
/// shows what explanation, overrides and next-change search cost on top of arithmetic.
/// </summary>
[MemoryDiagnoser]
public class GradingPolicyBenchmarks
{
    private readonly CreditGradingPolicy _policy = new(GradingRules.Default2026_1);
    private readonly DateOnly _asOf = new(2026, 11, 27);
    private GradingFacts _facts = GradingFacts.None;
    private int[] _points = [];
    private DateOnly[] _dates = [];

    [Params(0, 5, 30)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var facts = new List<CreditFact>();
        for (var i = 0; i < Records; i++)
        {
            var date = _asOf.AddDays(-random.Next(0, 3 * 365));
            facts.Add((i % 5) switch
            {
                0 => CreditFact.Penalty(i, PenaltySeverity.General, date),
                1 => CreditFact.Penalty(i, PenaltySeverity.Summary, date),
                2 => CreditFact.Accident(i, date, AccidentGrade.General, true, 0, 1, false),
                3 => CreditFact.Commendation(i, date),
                _ => CreditFact.CommitmentKept(i, date),
            });
        }
        _facts = new GradingFacts { Records = facts, Standardisation = StandardisationGrade.Level3, LiabilityInsuranceValidUntil = _asOf.AddMonths(4) };
        _points = facts.Select(f => f.Kind switch
        {
            CreditFactKind.PenaltyGeneral => -5, CreditFactKind.PenaltySummary => -2, CreditFactKind.Accident => -10,
            CreditFactKind.Commendation => 5, _ => 1,
        }).ToArray();
        _dates = facts.Select(f => f.Date).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int BareSumOfPoints()
    {
        var score = 100;
        var cutoff = _asOf.AddYears(-1);
        for (var i = 0; i < _points.Length; i++)
            if (_dates[i] > cutoff) score += _points[i];
        return Math.Clamp(score, 0, 100);
    }

    [Benchmark]
    public CreditEvaluation Evaluate() => _policy.Evaluate(_facts, _asOf);
}
