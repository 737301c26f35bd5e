using FangchengCredit.Data;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Features.Enterprises;

internal static class EnterpriseRegistryServices
{
    /// <summary>The registry's handlers and readers (one DbContext per request, so all scoped).</summary>
    public static IServiceCollection AddEnterpriseRegistry(this IServiceCollection services)
    {
        services.AddScoped<EnterpriseList>();
        // The list's reference lists, dropped by any save through AppDbContext that touches them.
        services.AddSingleton<ReferenceListCache>();
        services.AddSingleton<ReferenceChangeInterceptor>();
        // Singleton, like the context's options (AddAppDatabase): the options are built once.
        services.ConfigureDbContext<AppDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<ReferenceChangeInterceptor>()), ServiceLifetime.Singleton);
        services.AddScoped<EnterpriseExport>();
        services.AddScoped<EnterpriseHistory>();
        services.AddScoped<EnterpriseReader>();
        services.AddScoped<EnterpriseRegistry>();
        services.AddScoped<EnterpriseAccounts>();
        return services;
    }
}
