using System.Net;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FangchengCredit.Web.Tests.Benchmarks;

/// <summary>The raw ADO.NET baselines of docs/benchmarks.md exist only when asked for, and never in Production.</summary>
public sealed class BaselineEndpointsAreForMeasurementOnly
{
    [Fact]
    public async Task By_default_a_signed_in_staff_member_gets_404()
    {
        using var factory = new PortalFactory();
        using var client = await factory.SignedInAsync(PortalClient.Staff);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/baselines/enterprises")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/baselines/credit/91411322MA4XXXXX0X")).StatusCode);
        Assert.False(HasBaselineRoutes(factory));
    }

    [Fact]
    public async Task Switched_on_outside_Production_they_answer_staff()
    {
        using var factory = new BaselinesOnFactory("Development");
        using var client = await factory.SignedInAsync(PortalClient.Staff);

        var response = await client.GetAsync("/baselines/enterprises");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<table>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(HasBaselineRoutes(factory));
    }

    [Fact]
    public async Task Switched_on_in_Production_they_are_not_mapped_and_answer_404()
    {
        using var factory = new BaselinesOnFactory("Production");
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        Assert.False(HasBaselineRoutes(factory));
        // Unmapped, an anonymous request goes the way of any unknown address: to the sign-in page, never to a baseline.
        var response = await client.GetAsync("/baselines/enterprises");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static bool HasBaselineRoutes(PortalFactory factory) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Any(e => e.RoutePattern.RawText?.StartsWith("/baselines", StringComparison.OrdinalIgnoreCase) == true);

    private sealed class BaselinesOnFactory(string environment) : PortalFactory
    {
        protected override string EnvironmentName => environment;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Benchmarks:Baselines", "true");
        }
    }
}
