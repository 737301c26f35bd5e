using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FangchengCredit.Data;
using FangchengCredit.Data.Auditing;
using FangchengCredit.Data.Identity;
using FangchengCredit.Web.Features.Api;
using FangchengCredit.Web.Features.Baselines;
using FangchengCredit.Web.Features.EnterpriseImport;
using FangchengCredit.Web.Features.RecordImport;
using FangchengCredit.Web.Features.Credit;
using FangchengCredit.Web.Features.Licensing;
using FangchengCredit.Web.Features.Enterprises;
using FangchengCredit.Web.Infrastructure.Api;
using FangchengCredit.Web.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Serilog;

namespace FangchengCredit.Web.Infrastructure;

internal static class PortalServices
{
    public static readonly CultureInfo[] SupportedCultures = [new("zh-CN"), new("en-US")];

    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditActor, HttpAuditActor>();
        services.AddAppDatabase(configuration, environment.ContentRootPath);
        // Measurement only (docs/benchmarks.md): resolved only by the baseline endpoints, which are mapped only when enabled.
        services.AddSingleton<Features.Baselines.BaselineDatabase>();

        // Chinese must reach the browser as characters, not &#x escapes; UnicodeRanges.All also keeps full-width punctuation.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<LetterAndDigitPasswordValidator<AppUser>>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();
        services.AddValidatorsFromAssemblyContaining<SharedResource>(includeInternalTypes: true);

        // A locked account or a changed role reaches every signed-in browser within a minute (decision 0006), not Identity's
        // default half hour: the stamp is checked against the database at most once a minute per session (a browser takes the
        // renewed cookie; a client that replays an old cookie, as a load test does, is checked on every request).
        var stampMinutes = configuration.GetValue("Identity:SecurityStampValidationMinutes", 1.0);
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(stampMinutes));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "fc.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // Identity's validator (a user manager, a store, a context) is resolved only when the stamp is due to be checked:
            // it would make the same comparison of the cookie's age first, and resolving it was ≈ 8 % of a list request.
            o.Events.OnValidatePrincipal = ctx =>
            {
                var stamps = ctx.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
                var now = (stamps.TimeProvider ?? TimeProvider.System).GetUtcNow();
                return ctx.Properties.IssuedUtc is { } issued && now - issued <= stamps.ValidationInterval
                    ? Task.CompletedTask
                    : SecurityStampValidator.ValidatePrincipalAsync(ctx);
            };
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                // A real 403, rendered by the Chinese error page through status-code re-execution.
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToLogin = ctx =>
            {
                if (ctx.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                {
                    ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                }
                ctx.Response.Redirect(ctx.RedirectUri);
                return Task.CompletedTask;
            };
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.BureauStaff, p => p.RequireRole(Roles.Staff, Roles.SectionChief, Roles.Administrator))
            .AddPolicy(Policies.Administrator, p => p.RequireRole(Roles.Administrator));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, EnterpriseUsersSeeNotFound>();

        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = SupportedCultures;
            o.SupportedUICultures = SupportedCultures;
            // The portal speaks Chinese unless the user picks English with the switcher: the browser's language is not consulted.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

        services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((o, factory) => ModelBindingMessages.Localize(o, factory));
        services.Configure<RazorViewEngineOptions>(o =>
        {
            o.ViewLocationFormats.Clear();
            o.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
            o.ViewLocationExpanders.Add(new FeatureViewLocationExpander());
        });
        services.AddSingleton<CookieTempDataProvider>();
        services.Replace(ServiceDescriptor.Singleton<ITempDataProvider, QuietTempDataProvider>());
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "fc.csrf";
            o.HeaderName = "X-CSRF-TOKEN";
        });

        services.AddPartnerApi(configuration);
        services.AddPartnerApiDocs();
        services.AddEnterpriseImport();
        services.AddCreditRecords(configuration);
        services.AddRecordImport();
        services.AddEnterpriseRegistry();
        services.AddLicensing(configuration);
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        return services;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseExceptionHandler("/Error/500");
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseApiProblemResponses();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<CorrelationMiddleware>();
        app.UseSerilogRequestLogging();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteHealth }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteHealth }).AllowAnonymous();
        app.MapPartnerApiDocs();
        app.MapBaselines();
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        return app;
    }

    private static Task WriteHealth(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            totalMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), ms = Math.Round(e.Value.Duration.TotalMilliseconds, 1) }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}

internal static class Policies
{
    public const string BureauStaff = "BureauStaff";
    public const string Administrator = "Administrator";
}
