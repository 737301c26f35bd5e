using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FangchengCredit.Web.Infrastructure.Spreadsheets;

public static class SpreadsheetServices
{
    /// <summary>The spreadsheet reader and the error report writer; safe to call from every feature that imports.</summary>
    public static IServiceCollection AddSpreadsheets(this IServiceCollection services)
    {
        services.TryAddSingleton<SpreadsheetReader>();
        services.TryAddSingleton<RowErrorReport>();
        return services;
    }
}
