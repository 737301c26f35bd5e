namespace FangchengCredit.Domain.Grading;

/// <summary>
/// 监管强度: how large a share of an enterprise's grade is drawn for inspection, and how often it is inspected.
/// </summary>
public sealed record SupervisionIntensity(int SamplingPercent, string Frequency, bool RequiresInterview)
{
    /// <summary>
    /// A listed enterprise is supervised as D (100%, quarterly) plus the 约谈, whatever grade the caller passes:
    /// listing forces D, so a better grade beside a listing can only be stale data.
    /// </summary>
    public static SupervisionIntensity For(CreditGrade grade, bool isBlacklisted, SupervisionRules? rules = null)
    {
        rules ??= SupervisionRules.Default;
        rules.EnsureValid();

        if (isBlacklisted)
        {
            return new SupervisionIntensity(rules.SamplingPercentD, rules.FrequencyBlacklisted, RequiresInterview: true);
        }

        return grade switch
        {
            CreditGrade.A => new SupervisionIntensity(rules.SamplingPercentA, rules.FrequencyA, RequiresInterview: false),
            CreditGrade.B => new SupervisionIntensity(rules.SamplingPercentB, rules.FrequencyB, RequiresInterview: false),
            CreditGrade.C => new SupervisionIntensity(rules.SamplingPercentC, rules.FrequencyC, RequiresInterview: false),
            CreditGrade.D => new SupervisionIntensity(rules.SamplingPercentD, rules.FrequencyD, RequiresInterview: false),
            _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "未知的信用等级。"),
        };
    }
}
