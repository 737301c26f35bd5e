namespace FangchengCredit.Domain.Records;

/// <summary>
/// Decides the grading row of a penalty from its procedure and its free-text 处罚类别.
/// </summary>
public static class PenaltySeverityClassifier
{
    // 处罚类别 is free text as published (e.g. "罚款;责令停产停业整顿"), so the harshest measures are recognised by the
    // words that name them. "停产" and "停业" each cover 责令停产停业, 停产停业, 责令停产, 停业 and 停产整顿.
    private static readonly string[] SuspensionOrLicenceWords = ["停产", "停业", "暂扣", "吊销"];

    /// <summary>
    /// A 处罚类别 naming 责令停产停业, 暂扣 or 吊销 is the harshest row whatever the procedure (§11);
    /// otherwise the procedure decides.
    /// </summary>
    public static PenaltySeverity Classify(PenaltyProcedure procedure, string? penaltyCategory)
    {
        if (!string.IsNullOrWhiteSpace(penaltyCategory)
            && SuspensionOrLicenceWords.Any(word => penaltyCategory.Contains(word, StringComparison.Ordinal)))
        {
            return PenaltySeverity.SuspensionOrLicence;
        }

        return procedure switch
        {
            PenaltyProcedure.Summary => PenaltySeverity.Summary,
            PenaltyProcedure.General => PenaltySeverity.General,
            _ => throw new ArgumentOutOfRangeException(nameof(procedure), procedure, "未知的处罚程序。"),
        };
    }
}
