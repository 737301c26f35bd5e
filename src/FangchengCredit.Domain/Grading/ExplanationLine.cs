namespace FangchengCredit.Domain.Grading;

/// <summary>
/// 评分说明 line: one counted record (or bonus) with the points it brought and how long it keeps counting.
/// </summary>
public sealed record ExplanationLine
{
    /// <summary>The credit record; null for the standardisation and insurance bonuses, which are not records.</summary>
    public long? RecordId { get; init; }

    public required GradingRowKind Row { get; init; }

    /// <summary>Points this line adds to 100 (negative for a deduction), after repair and the kept-commitment cap.</summary>
    public required int Points { get; init; }

    /// <summary>The rule that applied, in Chinese, e.g. "一般程序行政处罚 −5，计1年".</summary>
    public required string RuleText { get; init; }

    /// <summary>First day it counts; null for bonuses held "now" whose start is not known.</summary>
    public DateOnly? CountsFrom { get; init; }

    /// <summary>Last day it counts; null while a standardisation grade is held.</summary>
    public DateOnly? CountsUntil { get; init; }

    public GradeEffect Effect { get; init; }

    /// <summary>The record was repaired: points reduced and any grade effect lifted.</summary>
    public bool ReducedByRepair { get; init; }

    /// <summary>The kept-commitment cap was reached, so this line adds less than its row.</summary>
    public bool ReducedByCap { get; init; }

    /// <summary>Why the points differ from the rule text (repair, cap); null when they do not.</summary>
    public string? Note { get; init; }
}
