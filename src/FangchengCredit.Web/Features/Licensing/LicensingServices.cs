using FangchengCredit.Data;
using FangchengCredit.Domain.Calendar;
using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Licensing;
using FangchengCredit.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FangchengCredit.Web.Features.Licensing;

/// <summary>Registers licensing: the "Licensing" rules (bound over the defaults, validated at start-up), the service, the daily job.</summary>
internal static class LicensingServices
{
    public const string SectionName = "Licensing";

    public static IServiceCollection AddLicensing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LicensingRules>()
            .Configure(rules => configuration.GetSection(SectionName).Bind(rules))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<LicensingRules>, RulesValidator>();
        services.AddOptions<LicensingAuthorityOptions>().Bind(configuration.GetSection(LicensingAuthorityOptions.SectionName));
        services.AddScoped<LicensingCalendar>();
        services.AddScoped<LicensingService>();
        services.AddOptions<DailyCommitmentJobOptions>().Bind(configuration.GetSection(DailyCommitmentJobOptions.SectionName));
        services.AddSingleton<DailyCommitmentJob>();
        services.AddHostedService(sp => sp.GetRequiredService<DailyCommitmentJob>());
        return services;
    }

    private sealed class RulesValidator : IValidateOptions<LicensingRules>
    {
        public ValidateOptionsResult Validate(string? name, LicensingRules options)
        {
            try
            {
                options.EnsureValid();
                return ValidateOptionsResult.Success;
            }
            catch (DomainException e)
            {
                return ValidateOptionsResult.Fail("Licensing: " + e.Message);
            }
        }
    }
}

/// <summary>Seeds the licence types and the official holiday years into empty tables; afterwards the administrator's copy is the truth.</summary>
internal static class LicensingSeed
{
    public static async Task SeedAsync(AppDbContext db)
    {
        if (!await db.LicenceTypes.AnyAsync()) db.LicenceTypes.AddRange(LicenceType.Defaults());
        if (!await db.HolidayYears.AnyAsync()) db.HolidayYears.AddRange(OfficialHolidays.All.Select(y => new StoredHolidayYear(y)));
        await db.SaveChangesAsync();
    }
}
