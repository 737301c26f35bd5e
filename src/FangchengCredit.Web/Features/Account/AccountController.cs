using FangchengCredit.Data.Identity;
using FangchengCredit.Web.Features.Errors;
using FangchengCredit.Web.Infrastructure;
using FangchengCredit.Web.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.Account;

public sealed class AccountController(
    SignInManager<AppUser> signIn,
    UserManager<AppUser> users,
    IStringLocalizer<SharedResource> l,
    ILogger<AccountController> logger) : Controller
{
    [AllowAnonymous]
    [HttpGet]
    public IActionResult Login(string? returnUrl = null)
    {
        if (User.Identity?.IsAuthenticated == true) return LocalRedirect(SafeReturn(returnUrl));
        ViewData["ReturnUrl"] = returnUrl;
        return View(new LoginInput());
    }

    [AllowAnonymous]
    [HttpPost]
    public async Task<IActionResult> Login(LoginInput input, [FromServices] IValidator<LoginInput> validator, string? returnUrl = null)
    {
        ViewData["ReturnUrl"] = returnUrl;
        var validation = await validator.ValidateAsync(input);
        if (!validation.IsValid)
        {
            validation.AddTo(ModelState);
            return View(input);
        }

        var result = await signIn.PasswordSignInAsync(input.Email!.Trim(), input.Password!, input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {Email} signed in", input.Email);
            return LocalRedirect(SafeReturn(returnUrl));
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: {Email} is locked out", input.Email);
            return View("Lockout");
        }
        logger.LogWarning("Failed sign-in for {Email}", input.Email);
        ModelState.AddModelError(string.Empty, l["账号或密码不正确。连续失败 5 次将锁定账号 15 分钟。"]);
        return View(input);
    }

    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

    [HttpGet]
    public IActionResult ChangePassword() => View(new ChangePasswordInput());

    [HttpPost]
    public async Task<IActionResult> ChangePassword(ChangePasswordInput input, [FromServices] IValidator<ChangePasswordInput> validator)
    {
        var validation = await validator.ValidateAsync(input);
        if (!validation.IsValid)
        {
            validation.AddTo(ModelState);
            return View(input);
        }
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var result = await users.ChangePasswordAsync(user, input.CurrentPassword!, input.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var key = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(input.CurrentPassword) : nameof(input.NewPassword);
                ModelState.AddModelError(key, error.Description);
            }
            return View(input);
        }
        await signIn.RefreshSignInAsync(user);
        TempData["Success"] = l["密码已修改。"].Value;
        return RedirectToAction("Index", "Home");
    }

    [AllowAnonymous]
    [HttpGet]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("~/Features/Errors/Error.cshtml", ErrorPage.For(StatusCodes.Status403Forbidden));
    }

    private string SafeReturn(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Content("~/");
}
