using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace FangchengCredit.Web.Infrastructure;

/// <summary>
/// Finds a controller's views beside it: FangchengCredit.Web.Features.Admin.Users.UsersController → /Features/Admin/Users/{view}.cshtml.
/// </summary>
internal sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string Key = "feature";
    private const string Marker = ".Features.";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action)
        {
            var ns = action.ControllerTypeInfo.Namespace ?? string.Empty;
            var at = ns.IndexOf(Marker, StringComparison.Ordinal);
            if (at >= 0) context.Values[Key] = ns[(at + Marker.Length)..].Replace('.', '/');
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(Key, out var feature) && feature is not null)
            yield return "/Features/" + feature + "/{0}.cshtml";
        foreach (var location in viewLocations) yield return location;
    }
}
