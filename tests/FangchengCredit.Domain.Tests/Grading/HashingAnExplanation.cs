using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Grading;

/// <summary>
/// The daily job compares explanations by a hash of their lines instead of their text (decision 0016): equal lines hash
/// alike in any process, and a change in any field of any line changes the hash.
/// </summary>
public class HashingAnExplanation
{
    private static readonly ExplanationLine Line = new()
    {
        RecordId = 7, Row = GradingRowKind.PenaltyGeneral, Points = -5, RuleText = "一般程序行政处罚 −5，计1年",
        CountsFrom = Day.Of(2026, 5, 1), CountsUntil = Day.Of(2027, 4, 30),
    };

    [Fact]
    public void TheSameLinesHashAlikeEvenWhenEvaluatedApart()
    {
        var facts = new GradingFactsBuilder().WithGeneralPenalty(Day.Of(2026, 5, 1)).WithInsuranceValidUntil(Day.Of(2026, 12, 31));

        Assert.Equal(
            StoredGradeResult.HashOf(Grader.Evaluate(facts, Day.Of(2026, 6, 1)).Lines),
            StoredGradeResult.HashOf(Grader.Evaluate(facts, Day.Of(2026, 6, 2)).Lines));
    }

    [Fact]
    public void TheHashIsTheSameInEveryProcess()
    {
        // Stored hashes must stay valid after a restart or an upgrade: the value is pinned (XxHash3 with no seed is fixed by its
        // specification, unlike string.GetHashCode). A change of the encoding fails here and needs a migration that resets the
        // stored hashes, so that every grade is compared afresh.
        Assert.Equal(PinnedHashOfLine, StoredGradeResult.HashOf([Line]));
        Assert.NotEqual(StoredGradeResult.HashOf([]), StoredGradeResult.HashOf([Line]));
    }

    private const long PinnedHashOfLine = -5702968356312154497;

    public static TheoryData<string> Changes() =>
        ["record", "row", "points", "rule", "from", "until", "effect", "repair", "cap", "note", "order", "extra line"];

    [Theory]
    [MemberData(nameof(Changes))]
    public void AnyChangeOfAnyLineChangesTheHash(string change)
    {
        var other = Line with { RecordId = 9, Row = GradingRowKind.Commendation, Points = 5, RuleText = "表彰奖励 +5，计1年" };
        IReadOnlyList<ExplanationLine> changed = change switch
        {
            "record" => [Line with { RecordId = 8 }, other],
            "row" => [Line with { Row = GradingRowKind.PenaltySummary }, other],
            "points" => [Line with { Points = -2 }, other],
            "rule" => [Line with { RuleText = "一般程序行政处罚 −5，计2年" }, other],
            "from" => [Line with { CountsFrom = Day.Of(2026, 5, 2) }, other],
            "until" => [Line with { CountsUntil = null }, other],
            "effect" => [Line with { Effect = GradeEffect.ForcesD }, other],
            "repair" => [Line with { ReducedByRepair = true }, other],
            "cap" => [Line with { ReducedByCap = true }, other],
            "note" => [Line with { Note = "已信用修复" }, other],
            "order" => [other, Line],
            "extra line" => [Line, other, other with { RecordId = 10 }],
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };

        Assert.NotEqual(StoredGradeResult.HashOf([Line, other]), StoredGradeResult.HashOf(changed));
    }

    [Fact]
    public void TextsKeepTheirBoundaries()
    {
        Assert.NotEqual(
            StoredGradeResult.HashOf([Line with { RuleText = "ab", Note = "c" }]),
            StoredGradeResult.HashOf([Line with { RuleText = "a", Note = "bc" }]));
    }
}
