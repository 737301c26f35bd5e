using FangchengCredit.Data.Identity;
using FangchengCredit.Web.Features.Credit;
using FangchengCredit.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FangchengCredit.Web.Features.MyCredit;

/// <summary>我的信用: an enterprise user's own grade, why, every record with its evidence, what changes when, how to repair.</summary>
[Authorize(Roles = Roles.Enterprise)]
[Route("My/Credit")]
public sealed class MyCreditController(CreditPageQueries queries) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        if (User.GetEnterpriseId() is not { } enterpriseId) return NotFound();
        var model = await queries.LoadAsync(enterpriseId, ct);
        return model is null ? NotFound() : View(model);
    }
}
