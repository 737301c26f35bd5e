using FangchengCredit.Domain.Grading;

namespace FangchengCredit.Domain.Tests.Builders;

/// <summary>
/// Evaluates with the published 2026.1 table, so that tests say only what differs: the facts and the date.
/// </summary>
public static class Grader
{
    private static readonly CreditGradingPolicy Policy = new(GradingRules.Default2026_1);

    public static CreditEvaluation Evaluate(GradingFactsBuilder facts, DateOnly asOf) => Policy.Evaluate(facts.Build(), asOf);

    public static CreditEvaluation Evaluate(GradingFactsBuilder facts, DateOnly asOf, GradingRules rules) =>
        new CreditGradingPolicy(rules).Evaluate(facts.Build(), asOf);
}
