using System.Text.Encodings.Web;
using System.Text.Unicode;
using FangchengCredit.Web.Infrastructure.Api;
using Microsoft.OpenApi;

namespace FangchengCredit.Web.Features.Api;

/// <summary>The partner API's JSON, its OpenAPI document at /openapi/v1.json, and JSON error bodies under /api.</summary>
public static class PartnerApiServices
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddPartnerApiDocs(this IServiceCollection services)
    {
        // Chinese reaches partners as characters, not \u escapes.
        var encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => o.JsonSerializerOptions.Encoder = encoder);
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o => o.SerializerOptions.Encoder = encoder);

        services.AddOpenApi(DocumentName, o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "方城县应急管理局 信用+应急管理平台 合作方接口 (FangchengCredit partner API)",
                    Version = "v1",
                    Description = "请求头 X-Api-Key 携带分配给本单位的密钥（配置 Api:Keys:{单位}）。按单位限流。"
                                  + " Send the key issued to your organisation in the X-Api-Key header; requests are rate-limited per client.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[ApiKeyAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Header,
                    Name = ApiKeyAuthenticationHandler.HeaderName,
                    Description = "合作方 API 密钥 / partner API key",
                };
                document.Security ??= [];
                document.Security.Add(new OpenApiSecurityRequirement
                {
                    [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, document)] = [],
                });
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static WebApplication MapPartnerApiDocs(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        return app;
    }

    /// <summary>Errors under /api answer with problem+json instead of the HTML error pages (401, 403, 404, 429…).</summary>
    public static IApplicationBuilder UseApiProblemResponses(this IApplicationBuilder app) => app.UseMiddleware<ApiProblemResponses>();
}
