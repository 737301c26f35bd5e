using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace FangchengCredit.Web.Infrastructure.Api;

/// <summary>
/// Partner API keys from configuration: <c>Api:Keys:{client} = {key}</c> (e.g. environment <c>Api__Keys__province=…</c>).
/// Requests send <c>X-Api-Key</c>; the key is compared in constant time and the client name becomes the user name.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IConfiguration configuration)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    public const string ClientClaim = "fc:api_client";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || string.IsNullOrEmpty(values.ToString()))
            return Task.FromResult(AuthenticateResult.NoResult());

        var presented = Encoding.UTF8.GetBytes(values.ToString());
        string? client = null;
        foreach (var entry in configuration.GetSection("Api:Keys").GetChildren())
        {
            if (string.IsNullOrEmpty(entry.Value)) continue;
            // Every configured key is compared, match or not, so timing says nothing about which key was close.
            if (CryptographicOperations.FixedTimeEquals(presented, Encoding.UTF8.GetBytes(entry.Value)) && client is null)
                client = entry.Key;
        }
        if (client is null)
        {
            Logger.LogWarning("Rejected API request with an unknown key on {Path}", Request.Path);
            return Task.FromResult(AuthenticateResult.Fail("Unknown API key"));
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "api:" + client), new Claim(ClientClaim, client)], SchemeName);
        Logger.LogInformation("API client {ApiClient} authenticated", client);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = SchemeName;
        return Task.CompletedTask;
    }
}
