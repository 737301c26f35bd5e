namespace FangchengCredit.Web.Features.Enterprises;

internal static class EnterpriseRegistryServices
{
    /// <summary>The registry's handlers and readers (one DbContext per request, so all scoped).</summary>
    public static IServiceCollection AddEnterpriseRegistry(this IServiceCollection services)
    {
        services.AddScoped<EnterpriseList>();
        services.AddScoped<EnterpriseExport>();
        services.AddScoped<EnterpriseHistory>();
        services.AddScoped<EnterpriseReader>();
        services.AddScoped<EnterpriseRegistry>();
        services.AddScoped<EnterpriseAccounts>();
        return services;
    }
}
