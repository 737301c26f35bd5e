using FangchengCredit.Data.Identity;
using FangchengCredit.Web.Features.Enterprises;
using FangchengCredit.Web.Infrastructure;
using FangchengCredit.Web.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.MyEnterprise;

/// <summary>
/// 本企业: an enterprise user's own enterprise, read-only except its contact phone. The enterprise comes from the account's
/// binding (a claim set at sign-in), never from the address, so there is no id to guess.
/// </summary>
[Authorize(Roles = Roles.Enterprise)]
[Route("My/Enterprise")]
public sealed class MyEnterpriseController(EnterpriseReader reader, EnterpriseRegistry registry, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (User.GetEnterpriseId() is not { } id) return NotFound();
        var details = await reader.DetailsAsync(id, cancellationToken);
        if (details is null) return NotFound();
        return View(new MyEnterpriseModel(details, new ContactPhoneInput { ContactPhone = details.ContactPhone, Version = details.Version }));
    }

    /// <summary>Binds only the phone and the version: any other field posted here is ignored.</summary>
    [HttpPost("Phone")]
    public async Task<IActionResult> Phone([Bind(Prefix = "Phone")] ContactPhoneInput input, [FromServices] IValidator<ContactPhoneInput> validator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (User.GetEnterpriseId() is not { } id) return NotFound();
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (validation.IsValid)
        {
            var result = await registry.ChangeContactPhoneAsync(id, input.ContactPhone, input.Version, cancellationToken);
            switch (result.Outcome)
            {
                case RegistryOutcome.NotFound:
                    return NotFound();
                case RegistryOutcome.Saved:
                    TempData["Success"] = l["联系电话已更新。"].Value;
                    return RedirectToAction(nameof(Index));
                case RegistryOutcome.Unchanged:
                    TempData["Success"] = l["联系电话没有变化。"].Value;
                    return RedirectToAction(nameof(Index));
                case RegistryOutcome.Stale:
                    ModelState.AddModelError(string.Empty, l["数据已被他人修改，请刷新后重试。"]);
                    break;
                default:
                    foreach (var (_, message) in result.FieldErrors) ModelState.AddModelError("Phone." + nameof(ContactPhoneInput.ContactPhone), message);
                    break;
            }
        }
        else
        {
            validation.AddTo(ModelState, "Phone");
        }
        var details = await reader.DetailsAsync(id, cancellationToken);
        if (details is null) return NotFound();
        return View(nameof(Index), new MyEnterpriseModel(details, input));
    }
}
