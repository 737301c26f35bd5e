using Microsoft.AspNetCore.Mvc;

namespace FangchengCredit.Web.Features.Home;

public sealed class HomeController : Controller
{
    public IActionResult Index() => View();
}
