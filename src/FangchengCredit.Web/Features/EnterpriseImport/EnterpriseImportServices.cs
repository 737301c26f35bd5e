using FangchengCredit.Web.Infrastructure.Spreadsheets;

namespace FangchengCredit.Web.Features.EnterpriseImport;

public static class EnterpriseImportServices
{
    public static IServiceCollection AddEnterpriseImport(this IServiceCollection services)
    {
        services.AddSpreadsheets();
        services.AddMemoryCache();
        services.AddScoped<EnterpriseImporter>();
        services.AddSingleton<ImportResultStore>();
        services.AddSingleton<EnterpriseImportTemplate>();
        return services;
    }
}
