namespace FangchengCredit.Web.Features.Enterprises;

/// <summary>The model of <c>_EnterpriseTabs.cshtml</c>: which enterprise, which tab is open.</summary>
public sealed record EnterpriseTabs(long EnterpriseId, string Active)
{
    public const string Basics = "basics";
    public const string Credit = "credit";
    public const string Records = "records";
}
