using FangchengCredit.Web.Infrastructure.Spreadsheets;

namespace FangchengCredit.Web.Features.RecordImport;

public static class RecordImportServices
{
    public static IServiceCollection AddRecordImport(this IServiceCollection services)
    {
        services.AddSpreadsheets();
        services.AddMemoryCache();
        services.AddScoped<RecordImporter>();
        services.AddSingleton<RecordImportResultStore>();
        services.AddSingleton<RecordImportTemplate>();
        return services;
    }
}
