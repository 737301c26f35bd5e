using FangchengCredit.Web.Features.Enterprises;
using FangchengCredit.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FangchengCredit.Web.Features.Persons;

/// <summary>人员详情: a linked person and their roles across enterprises, for bureau staff only (enterprise users get 404, see EnterpriseUsersSeeNotFound).</summary>
[Authorize(Policy = Policies.BureauStaff)]
[Route("Persons")]
public sealed class PersonsController(EnterpriseReader reader) : Controller
{
    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken)
    {
        var person = await reader.PersonAsync(id, cancellationToken);
        return person is null ? NotFound() : View(person);
    }
}
