using System.Security.Claims;
using FangchengCredit.Data.Auditing;

namespace FangchengCredit.Web.Infrastructure;

/// <summary>The signed-in user of the current request, or "system" outside a request.</summary>
internal sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string? UserName => Principal?.Identity?.IsAuthenticated == true
        ? Principal.FindFirstValue(ClaimTypes.Name)
        : accessor.HttpContext is null ? SystemAuditActor.Instance.UserName : "anonymous";

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;
}
