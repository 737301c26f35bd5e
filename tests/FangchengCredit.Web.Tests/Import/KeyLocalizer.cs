using System.Globalization;
using FangchengCredit.Web.Resources;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Tests.Import;

/// <summary>The Chinese key is the text (as in zh-CN), for testing services outside the web host.</summary>
internal sealed class KeyLocalizer : IStringLocalizer<SharedResource>
{
    public LocalizedString this[string name] => new(name, name);

    public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(CultureInfo.InvariantCulture, name, arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
