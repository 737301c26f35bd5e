using FangchengCredit.Web.Tests.Credit;

namespace FangchengCredit.Web.Tests.Benchmarks;

/// <summary>The credit portal with the measurement-only baseline endpoints mapped (<c>Benchmarks:Baselines=true</c>).</summary>
public sealed class BaselinesPortalFactory : CreditPortalFactory
{
    protected override IEnumerable<(string Key, string Value)> ExtraSettings => [("Benchmarks:Baselines", "true")];
}
