using System.Text.Json;
using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;
using Microsoft.Extensions.Options;

namespace FangchengCredit.Web.Features.Credit;

/// <summary>
/// Binds the grading table from configuration section <c>Grading</c> over the published 2026.1 defaults and refuses, at
/// start-up, a table that breaks its own rules or that changes numbers without changing the rule version.
/// </summary>
internal static class GradingConfiguration
{
    public const string GradingSection = "Grading";
    public const string PublicationSection = "PublicationPeriods";

    public static IServiceCollection AddGradingRules(this IServiceCollection services, IConfiguration configuration)
    {
        // A fresh instance per binding: binding into GradingRules.Default2026_1 itself would change the published table for everyone.
        services.AddOptions<GradingRules>()
            .Configure(rules => configuration.GetSection(GradingSection).Bind(rules))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<GradingRules>, GradingRulesValidator>();

        services.AddOptions<PublicationPeriodRules>()
            .Configure(rules => configuration.GetSection(PublicationSection).Bind(rules))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PublicationPeriodRules>, PublicationRulesValidator>();

        services.AddSingleton(sp => new CreditGradingPolicy(sp.GetRequiredService<IOptions<GradingRules>>().Value));
        return services;
    }

    /// <returns>null when the rules may be used, otherwise why not (Chinese).</returns>
    public static string? Check(GradingRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        try
        {
            rules.EnsureValid();
        }
        catch (DomainException e)
        {
            return e.Message;
        }

        // Every stored evaluation names its rule version, so a changed table under the old name would make history unexplainable.
        var published = GradingRules.Default2026_1;
        if (rules.RuleVersion == published.RuleVersion && Numbers(rules) != Numbers(published))
            return $"评分规则的分值或期限已修改，请同时修改规则版本号（{GradingSection}:RuleVersion，当前为 {rules.RuleVersion}）。";
        return null;
    }

    private static string Numbers(GradingRules rules) =>
        JsonSerializer.Serialize(rules).Replace($"\"RuleVersion\":\"{rules.RuleVersion}\"", string.Empty, StringComparison.Ordinal);

    private sealed class GradingRulesValidator : IValidateOptions<GradingRules>
    {
        public ValidateOptionsResult Validate(string? name, GradingRules options) =>
            Check(options) is { } error ? ValidateOptionsResult.Fail("Grading: " + error) : ValidateOptionsResult.Success;
    }

    private sealed class PublicationRulesValidator : IValidateOptions<PublicationPeriodRules>
    {
        public ValidateOptionsResult Validate(string? name, PublicationPeriodRules options)
        {
            try
            {
                options.EnsureValid();
                return ValidateOptionsResult.Success;
            }
            catch (DomainException e)
            {
                return ValidateOptionsResult.Fail("PublicationPeriods: " + e.Message);
            }
        }
    }
}
