using Serilog;
using Serilog.Events;

namespace FangchengCredit.Web.Infrastructure;

internal static class LoggingSetup
{
    /// <summary>
    /// Serilog to the console and a rolling file (Serilog:FilePath; empty turns the file off).
    /// Request bodies are never logged, so passwords and ID numbers typed into forms stay out of the logs.
    /// </summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, configuration) =>
        {
            var filePath = builder.Configuration["Serilog:FilePath"] ?? Path.Combine("logs", "portal-.log");
            configuration
                .MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                .Enrich.FromLogContext()
                .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}",
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            if (!string.IsNullOrWhiteSpace(filePath))
            {
                var fullPath = Path.IsPathRooted(filePath) ? filePath : Path.Combine(builder.Environment.ContentRootPath, filePath);
                configuration.WriteTo.File(fullPath, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 90,
                    outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {CorrelationId} {UserName} {Message:lj}{NewLine}{Exception}",
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });
        return builder;
    }
}
