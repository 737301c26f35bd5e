namespace FangchengCredit.Domain.Grading;

/// <summary>
/// 联合奖惩 result: what applies today to one enterprise.
/// </summary>
public sealed record JointMeasures(IReadOnlyList<JointMeasure> Incentives, IReadOnlyList<JointMeasure> Punishments);
