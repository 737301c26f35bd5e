using Microsoft.AspNetCore.Mvc;

namespace FangchengCredit.Web.Features.Credit;

/// <summary>信用评价 of one enterprise: the 信用 tab of the enterprise page.</summary>
[Route("Enterprises/{id:long}/Credit")]
public sealed class CreditController(CreditPageQueries queries) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(long id, CancellationToken ct)
    {
        if (!CreditAccess.CanSee(User, id)) return NotFound();
        var model = await queries.LoadAsync(id, ct);
        return model is null ? NotFound() : View(model);
    }
}
