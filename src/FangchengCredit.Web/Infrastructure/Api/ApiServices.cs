using System.Security.Claims;
using System.Threading.RateLimiting;
using FangchengCredit.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace FangchengCredit.Web.Infrastructure.Api;

internal static class ApiServices
{
    /// <summary>Partner API: an API key, or a signed-in bureau user's cookie (staff look up the same data in the browser).</summary>
    public const string PartnerPolicy = "PartnerApi";

    /// <summary>Rate limit per API client (or per user / IP for cookies).</summary>
    public const string PartnerRateLimit = "partner-api";

    public static IServiceCollection AddPartnerApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, _ => { });

        services.AddAuthorizationBuilder().AddPolicy(PartnerPolicy, p => p
            .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName, IdentityConstants.ApplicationScheme)
            .RequireAssertion(ctx =>
                ctx.User.HasClaim(c => c.Type == ApiKeyAuthenticationHandler.ClientClaim)
                || ctx.User.IsInRole(Roles.Staff) || ctx.User.IsInRole(Roles.SectionChief) || ctx.User.IsInRole(Roles.Administrator)));

        var permitPerMinute = configuration.GetValue("Api:RequestsPerMinute", 600);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(PartnerRateLimit, http =>
            {
                var key = http.User.FindFirstValue(ApiKeyAuthenticationHandler.ClientClaim)
                          ?? http.User.Identity?.Name
                          ?? http.Connection.RemoteIpAddress?.ToString()
                          ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permitPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }
}
