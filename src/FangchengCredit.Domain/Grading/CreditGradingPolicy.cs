using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Records;

namespace FangchengCredit.Domain.Grading;

/// <summary>
/// 信用评价: grades an enterprise from its facts on a given date. Pure, so that anyone holding the facts, the rule
/// version and the date can recompute the grade and its explanation.
/// </summary>
public sealed class CreditGradingPolicy
{
    private readonly GradingRules _rules;

    // The sentence of each record row, built once: the rules never change for a policy, and the daily job evaluates
    // every enterprise (and every future change day of each) with the same sentences.
    private readonly string[] _ruleTexts;

    /// <summary>
    /// Bump when this class's code changes what an evaluation says for the same facts, rules and day (a note's wording, a new
    /// line): stored grades whose facts are unchanged are not evaluated again (<see cref="FingerprintOf"/>), so only a new
    /// fingerprint makes the daily job rewrite them.
    /// </summary>
    private const int CodeVersion = 1;

    // Seeds every facts fingerprint: the rules' values and texts, so that other rules (or wording) never match a stored grade.
    private readonly long _rulesFingerprint;

    public CreditGradingPolicy(GradingRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        rules.EnsureValid();
        _rules = rules;
        _ruleTexts = new string[(int)GradingRowKind.CommitmentKept + 1];
        for (var row = GradingRowKind.PenaltySummary; row <= GradingRowKind.CommitmentKept; row++)
            _ruleTexts[(int)row] = GradingRuleTexts.Describe(rules, row);
        _rulesFingerprint = RulesFingerprint(rules, _ruleTexts);
    }

    public GradingRules Rules => _rules;

    public CreditEvaluation Evaluate(GradingFacts facts, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        EnsureConsistent(facts);

        // Each record row's window and points, built once: the explanation of today and the search for the next change read them.
        var countings = CountingsOf(facts);
        var now = Assess(facts, countings, asOf);
        var days = CandidateDays(facts, countings, asOf);
        var (nextChange, nextGrade) = FindNextChange(facts, countings, days, now);

        return new CreditEvaluation
        {
            RuleVersion = _rules.RuleVersion,
            AsOf = asOf,
            UnclampedScore = now.UnclampedScore,
            Score = now.Score,
            BandGrade = now.BandGrade,
            Grade = now.Grade,
            Override = now.Override,
            Lines = now.Lines,
            NextChange = nextChange,
            NextChangeGrade = nextGrade,
            // Before the first candidate day every day grades exactly alike (decision 0016).
            ValidThrough = days.Count > 0 ? days.Min.AddDays(-1) : null,
            FactsFingerprint = FingerprintOf(facts, asOf),
        };
    }

    /// <summary>
    /// A 64-bit XxHash3 of everything an evaluation on <paramref name="day"/> or later reads from the facts — every field of every
    /// record that can still count on or after that day, in order; the standardisation, the insurance, the listing — seeded
    /// with the rules. Records that can no longer count (spent before the day, voided, revoked, expired) are left out: nothing
    /// they say can change such an evaluation, so the job's own expiry of a spent record does not change the fingerprint.
    /// Facts with the same fingerprint evaluate alike on every day of a stretch, so the daily job need not evaluate a stored
    /// grade whose facts have this fingerprint while its stretch lasts (decision 0016; a record spent between the stored day and
    /// today would have ended the stretch). Unequal facts share a fingerprint with a chance of 2⁻⁶⁴.
    /// </summary>
    public long FingerprintOf(GradingFacts facts, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var hash = new XxHash3(_rulesFingerprint);
        Span<byte> fields = stackalloc byte[36];
        var counted = 0;
        foreach (var record in facts.Records)
        {
            if (!CanEverCount(record.Status) || LastDayCounted(record) is not { } last || last < day) continue;
            counted++;
            BinaryPrimitives.WriteInt64LittleEndian(fields, record.RecordId);
            BinaryPrimitives.WriteInt32LittleEndian(fields[8..], (int)record.Kind);
            BinaryPrimitives.WriteInt32LittleEndian(fields[12..], record.Date.DayNumber);
            BinaryPrimitives.WriteInt32LittleEndian(fields[16..], (int)record.Status);
            BinaryPrimitives.WriteInt32LittleEndian(fields[20..], record.AccidentGrade is { } grade ? (int)grade : -1);
            BinaryPrimitives.WriteInt32LittleEndian(fields[24..], record.Deaths);
            BinaryPrimitives.WriteInt32LittleEndian(fields[28..], record.SeriousInjuries);
            BinaryPrimitives.WriteInt32LittleEndian(fields[32..], (record.IsLiability ? 1 : 0) | (record.Concealed ? 2 : 0));
            hash.Append(fields);
        }

        BinaryPrimitives.WriteInt32LittleEndian(fields, counted);
        BinaryPrimitives.WriteInt32LittleEndian(fields[4..], (int)facts.Standardisation);
        BinaryPrimitives.WriteInt32LittleEndian(fields[8..], facts.LiabilityInsuranceValidUntil?.DayNumber ?? -1);
        BinaryPrimitives.WriteInt32LittleEndian(fields[12..], facts.IsBlacklisted ? 1 : 0);
        hash.Append(fields[..16]);
        return unchecked((long)hash.GetCurrentHashAsUInt64());
    }

    private static long RulesFingerprint(GradingRules rules, string[] ruleTexts)
    {
        var hash = new XxHash3();
        void Int(int value)
        {
            Span<byte> bytes = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
            hash.Append(bytes);
        }
        void Text(string text)
        {
            Int(text.Length);
            hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        }

        Int(CodeVersion);
        Text(rules.RuleVersion);
        foreach (var row in GradingRules.RecordRows)
        {
            var values = rules.RowFor(row);
            Int((int)row);
            Int(values.Points);
            Int(values.Months);
        }
        foreach (var value in new[]
                 {
                     rules.CommitmentKeptCap, rules.StandardisationLevel1Bonus, rules.StandardisationLevel2Bonus, rules.StandardisationLevel3Bonus,
                     rules.LiabilityInsuranceBonus, rules.GradeAMinimum, rules.GradeBMinimum, rules.GradeCMinimum, rules.RepairedRecordPercent,
                 })
        {
            Int(value);
        }
        foreach (var text in ruleTexts) Text(text ?? string.Empty);
        foreach (var grade in new[] { StandardisationGrade.Level1, StandardisationGrade.Level2, StandardisationGrade.Level3 })
            Text(GradingRuleTexts.DescribeStandardisation(rules, grade));
        Text(GradingRuleTexts.DescribeInsurance(rules));
        return unchecked((long)hash.GetCurrentHashAsUInt64());
    }

    /// <summary>
    /// The last day the record counts in the grade under these rules (the latest of its rows), or null when it meets no row
    /// at all (a non-liability accident reported truthfully). Its status is not considered: the caller asks about the dates.
    /// </summary>
    public DateOnly? LastDayCounted(CreditFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        DateOnly? last = null;
        foreach (var row in RowsFor(fact))
        {
            var until = AddMonthsSaturating(fact.Date, _rules.RowFor(row).Months).AddDays(-1);
            if (last is null || until > last) last = until;
        }

        return last;
    }

    private static void EnsureConsistent(GradingFacts facts)
    {
        if (facts.Records is null)
        {
            throw new DomainException("评分事实缺少信用记录列表。");
        }

        // A set rather than GroupBy: every enterprise is checked on every daily run, and duplicates never occur in practice.
        var seen = new HashSet<long>();
        foreach (var record in facts.Records)
        {
            if (!seen.Add(record.RecordId))
            {
                var duplicate = facts.Records.GroupBy(r => r.RecordId).First(g => g.Count() > 1);
                throw new DomainException($"信用记录 {duplicate.Key} 重复出现，无法评分。");
            }
        }
    }

    private Assessment Assess(GradingFacts facts, Counting[] countings, DateOnly asOf)
    {
        var recordLines = new List<ExplanationLine>();
        foreach (var counting in countings)
        {
            if (counting.CountsOn(asOf))
            {
                recordLines.Add(LineFor(counting));
            }
        }

        var lines = ApplyKeptCommitmentCap(recordLines)
            .OrderBy(l => l.CountsFrom)
            .ThenBy(l => l.RecordId)
            .ThenBy(l => l.Row)
            .ToList();
        lines.AddRange(BonusLines(facts, asOf));

        var unclamped = GradingRules.StartingScore + lines.Sum(l => l.Points);
        var score = CreditScore.Clamp(unclamped);
        var band = _rules.BandFor(score);
        var (grade, gradeOverride) = ApplyOverrides(band, facts.IsBlacklisted, lines);

        return new Assessment(lines, unclamped, score, band, grade, gradeOverride);
    }

    /// <summary>
    /// Voided and revoked records never count. An Expired status means someone has already decided the record is
    /// spent, so it is not counted either, even if its dates would still fall in the window. Nothing else in an evaluation
    /// or its fingerprint reads a record that cannot count, so such records may be left out of the facts altogether: the
    /// daily job reads only records with one of <see cref="StatusesThatCanCount"/> (decision 0018).
    /// </summary>
    public static bool CanEverCount(CreditRecordStatus status) =>
        status is CreditRecordStatus.Active or CreditRecordStatus.Repaired;

    /// <summary>The statuses for which <see cref="CanEverCount"/> holds: what a reader of the facts may filter on.</summary>
    public static IReadOnlyList<CreditRecordStatus> StatusesThatCanCount { get; } =
        [.. Enum.GetValues<CreditRecordStatus>().Where(CanEverCount)];

    private static IEnumerable<GradingRowKind> RowsFor(CreditFact fact)
    {
        switch (fact.Kind)
        {
            case CreditFactKind.PenaltySummary:
                yield return GradingRowKind.PenaltySummary;
                break;
            case CreditFactKind.PenaltyGeneral:
                yield return GradingRowKind.PenaltyGeneral;
                break;
            case CreditFactKind.PenaltySuspensionOrLicence:
                yield return GradingRowKind.PenaltySuspensionOrLicence;
                break;
            case CreditFactKind.CommitmentBreached:
                yield return GradingRowKind.CommitmentBreached;
                break;
            case CreditFactKind.HazardNotRectified:
                yield return GradingRowKind.HazardNotRectified;
                break;
            case CreditFactKind.Commendation:
                yield return GradingRowKind.Commendation;
                break;
            case CreditFactKind.CommitmentKept:
                yield return GradingRowKind.CommitmentKept;
                break;
            case CreditFactKind.Accident:
                // A concealed liability accident meets two rows: its own grade's row and the concealment row.
                // Both are shown, so the enterprise sees the deduction and the D that outlasts it.
                if (fact.IsLiability)
                {
                    yield return LiabilityRowFor(fact);
                }

                if (fact.Concealed)
                {
                    yield return GradingRowKind.ConcealedAccident;
                }

                // A non-liability accident that was reported truthfully meets no row: it is on file but is not
                // a counted record, so it gets no explanation line.
                break;
            default:
                throw new DomainException("未知的信用记录种类。");
        }
    }

    private static GradingRowKind LiabilityRowFor(CreditFact accident) =>
        accident.AccidentGrade is > AccidentGrade.General ? GradingRowKind.LiabilityAccidentLargerOrAbove
        : accident.Deaths > 0 ? GradingRowKind.LiabilityAccidentWithDeath
        : accident.SeriousInjuries > 0 ? GradingRowKind.LiabilityAccidentWithSeriousInjury
        : GradingRowKind.LiabilityAccidentPropertyLossOnly;

    private ExplanationLine LineFor(Counting counting)
    {
        var line = new ExplanationLine
        {
            RecordId = counting.RecordId,
            Row = counting.Row,
            Points = counting.Points,
            RuleText = _ruleTexts[(int)counting.Row],
            CountsFrom = counting.From,
            CountsUntil = counting.FirstDayNotCounting.AddDays(-1),
            Effect = counting.Effect,
        };

        return counting.IsRepaired ? line with { ReducedByRepair = true, Note = RepairNote(counting.Row) } : line;
    }

    /// <summary>
    /// A repaired record keeps its counting period but only part of its points (integer division rounds toward
    /// zero: −5 → −2, −15 → −7, +1 → 0). Its grade effect is lifted: a "grade D"/"at most C" row has no points
    /// to halve, and repair that changed nothing for those rows would make the repair procedure pointless.
    /// </summary>
    private (int Points, GradeEffect Effect) Repaired(int points) => (points * _rules.RepairedRecordPercent / 100, GradeEffect.None);

    private string RepairNote(GradingRowKind row)
    {
        var percent = _rules.RepairedRecordPercent;
        var share = percent switch
        {
            50 => "减半计分（向零取整）",
            0 => "不计分",
            100 => "仍全额计分",
            _ => string.Create(CultureInfo.InvariantCulture, $"按{percent}%计分（向零取整）"),
        };
        var liftedEffect = GradingRules.EffectOf(row) == GradeEffect.None ? string.Empty : "，不再影响信用等级";
        return $"已信用修复，{share}{liftedEffect}";
    }

    /// <summary>
    /// The kept-commitment row adds at most <see cref="GradingRules.CommitmentKeptCap"/> in total. The most recent
    /// commitments take the points because they count longest, so the explanation shows what will still count later.
    /// </summary>
    private List<ExplanationLine> ApplyKeptCommitmentCap(List<ExplanationLine> lines)
    {
        var remaining = _rules.CommitmentKeptCap;
        var capped = new Dictionary<ExplanationLine, ExplanationLine>(ReferenceEqualityComparer.Instance);
        var kept = lines
            .Where(l => l.Row == GradingRowKind.CommitmentKept)
            .OrderByDescending(l => l.CountsFrom)
            .ThenByDescending(l => l.RecordId);

        foreach (var line in kept)
        {
            var granted = Math.Min(line.Points, remaining);
            remaining -= granted;
            if (granted < line.Points)
            {
                var capNote = $"本项加分已达上限 {GradingRuleTexts.FormatPoints(_rules.CommitmentKeptCap)}";
                capped[line] = line with
                {
                    Points = granted,
                    ReducedByCap = true,
                    Note = line.Note is null ? capNote : $"{line.Note}；{capNote}",
                };
            }
        }

        return lines.Select(l => capped.TryGetValue(l, out var c) ? c : l).ToList();
    }

    private IEnumerable<ExplanationLine> BonusLines(GradingFacts facts, DateOnly asOf)
    {
        if (facts.Standardisation != StandardisationGrade.None)
        {
            yield return new ExplanationLine
            {
                Row = GradingRowKind.Standardisation,
                Points = _rules.StandardisationBonus(facts.Standardisation),
                RuleText = GradingRuleTexts.DescribeStandardisation(_rules, facts.Standardisation),
            };
        }

        // Valid means covered on the evaluation date: the cover's last day still earns the bonus.
        if (facts.LiabilityInsuranceValidUntil is { } validUntil && asOf <= validUntil)
        {
            yield return new ExplanationLine
            {
                Row = GradingRowKind.LiabilityInsurance,
                Points = _rules.LiabilityInsuranceBonus,
                RuleText = GradingRuleTexts.DescribeInsurance(_rules),
                CountsUntil = validUntil,
            };
        }
    }

    /// <summary>
    /// Strongest first: blacklist → D; a D row → D; an "at most C" row → the worse of band and C. An override is
    /// reported only when it makes the grade worse than the band, so a reported override always explains the grade.
    /// </summary>
    private static (CreditGrade Grade, GradeOverride Override) ApplyOverrides(
        CreditGrade band, bool isBlacklisted, IReadOnlyList<ExplanationLine> lines) =>
        ApplyOverrides(band, isBlacklisted, lines.Any(l => l.Effect == GradeEffect.ForcesD), lines.Any(l => l.Effect == GradeEffect.CapsAtC));

    private static (CreditGrade Grade, GradeOverride Override) ApplyOverrides(CreditGrade band, bool isBlacklisted, bool forcesD, bool capsAtC)
    {
        var (ceiling, reason) =
            isBlacklisted ? (CreditGrade.D, GradeOverride.Blacklisted)
            : forcesD ? (CreditGrade.D, GradeOverride.SeriousAccidentOrConcealment)
            : capsAtC ? (CreditGrade.C, GradeOverride.CappedAtC)
            : (band, GradeOverride.None);

        return ceiling.IsWorseThan(band) ? (ceiling, reason) : (band, GradeOverride.None);
    }

    /// <summary>
    /// The days after <paramref name="asOf"/> on which anything the evaluation depends on changes: some record starts or stops
    /// counting, or the insurance cover ends. Records that start later (dated after <paramref name="asOf"/>) are known facts
    /// and take part, their own end included. Between two of these days every day grades exactly alike.
    /// </summary>
    private static SortedSet<DateOnly> CandidateDays(GradingFacts facts, Counting[] countings, DateOnly asOf)
    {
        var days = new SortedSet<DateOnly>();
        foreach (var counting in countings)
        {
            if (counting.From > asOf) days.Add(counting.From);
            if (counting.FirstDayNotCounting > asOf) days.Add(counting.FirstDayNotCounting);
        }

        if (facts.LiabilityInsuranceValidUntil is { } until && until < DateOnly.MaxValue && until.AddDays(1) > asOf)
        {
            days.Add(until.AddDays(1));
        }

        return days;
    }

    /// <summary>
    /// The grade can only change on a <see cref="CandidateDays"/> day, so only those days are re-evaluated. The blacklist
    /// listing is taken as unchanged.
    /// </summary>
    /// <remarks>
    /// Only the grade matters on those days, so they are graded from <see cref="Counting"/>s built once, not by a full
    /// <see cref="Assess"/> with its explanation lines: the daily job evaluates every enterprise, and a record three years
    /// old to three years to come gives a dozen candidate days (docs/benchmarks.md). <see cref="GradeOn"/> must grade as
    /// <see cref="Assess"/> does; a domain test compares the two on every candidate day of generated fact sets.
    /// </remarks>
    private (DateOnly? Date, CreditGrade? Grade) FindNextChange(GradingFacts facts, Counting[] countings, SortedSet<DateOnly> days, Assessment now)
    {
        foreach (var day in days)
        {
            var grade = GradeOn(facts, countings, day);
            if (grade != now.Grade)
            {
                return (day, grade);
            }
        }

        return (null, null);
    }

    /// <summary>
    /// Every (record, row) pair that can ever count, with its window and what it brings once repair is applied: what
    /// <see cref="LineFor"/> makes a line of on a day inside the window. Kept commitments come first in the order
    /// <see cref="ApplyKeptCommitmentCap"/> grants their points (latest first), the rest after them.
    /// </summary>
    private Counting[] CountingsOf(GradingFacts facts)
    {
        var countings = new List<Counting>();
        foreach (var fact in facts.Records)
        {
            if (!CanEverCount(fact.Status)) continue;
            foreach (var row in RowsFor(fact))
            {
                var rule = _rules.RowFor(row);
                var repaired = fact.Status == CreditRecordStatus.Repaired;
                var (points, effect) = repaired ? Repaired(rule.Points) : (rule.Points, GradingRules.EffectOf(row));
                countings.Add(new Counting(
                    fact.RecordId, row, fact.Date, AddMonthsSaturating(fact.Date, rule.Months), points, effect, repaired));
            }
        }

        var ordered = countings.ToArray();
        Array.Sort(ordered, static (a, b) =>
            a.IsKeptCommitment != b.IsKeptCommitment ? (a.IsKeptCommitment ? -1 : 1)
            : !a.IsKeptCommitment ? 0
            : b.From != a.From ? b.From.CompareTo(a.From)
            : b.RecordId.CompareTo(a.RecordId));
        return ordered;
    }

    /// <summary>The grade <see cref="Assess"/> gives on <paramref name="day"/>, without building the explanation.</summary>
    private CreditGrade GradeOn(GradingFacts facts, Counting[] countings, DateOnly day)
    {
        int points = 0, keptRemaining = _rules.CommitmentKeptCap;
        bool forcesD = false, capsAtC = false;
        foreach (var counting in countings)
        {
            if (!counting.CountsOn(day)) continue;
            if (counting.IsKeptCommitment)
            {
                var granted = Math.Min(counting.Points, keptRemaining);
                keptRemaining -= granted;
                points += granted;
                continue;
            }

            points += counting.Points;
            forcesD |= counting.Effect == GradeEffect.ForcesD;
            capsAtC |= counting.Effect == GradeEffect.CapsAtC;
        }

        if (facts.Standardisation != StandardisationGrade.None) points += _rules.StandardisationBonus(facts.Standardisation);
        if (facts.LiabilityInsuranceValidUntil is { } validUntil && day <= validUntil) points += _rules.LiabilityInsuranceBonus;

        var band = _rules.BandFor(CreditScore.Clamp(GradingRules.StartingScore + points));
        return ApplyOverrides(band, facts.IsBlacklisted, forcesD, capsAtC).Grade;
    }

    /// <summary>A record's row as it can count: [<see cref="From"/>, <see cref="FirstDayNotCounting"/>), repair applied.</summary>
    private readonly record struct Counting(
        long RecordId, GradingRowKind Row, DateOnly From, DateOnly FirstDayNotCounting, int Points, GradeEffect Effect, bool IsRepaired)
    {
        public bool IsKeptCommitment => Row == GradingRowKind.CommitmentKept;

        public bool CountsOn(DateOnly day) => day >= From && day < FirstDayNotCounting;
    }

    private static DateOnly AddMonthsSaturating(DateOnly date, int months) =>
        date > DateOnly.MaxValue.AddMonths(-months) ? DateOnly.MaxValue : date.AddMonths(months);

    private sealed record Assessment(
        List<ExplanationLine> Lines,
        int UnclampedScore,
        CreditScore Score,
        CreditGrade BandGrade,
        CreditGrade Grade,
        GradeOverride Override);
}
