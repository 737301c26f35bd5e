namespace FangchengCredit.Domain.Grading;

/// <summary>
/// One incentive or punishment that applies, with its Chinese name and why it applies.
/// </summary>
public sealed record JointMeasure(JointMeasureKind Kind, string Name, string Reason);
