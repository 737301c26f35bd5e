namespace FangchengCredit.Web.Resources;

/// <summary>
/// Anchor type for the shared UI strings. The Chinese text is the key (zh-CN is the default culture);
/// SharedResource.en-US.resx translates it. See docs/decisions/0004-localisation-with-chinese-keys.md.
/// </summary>
public sealed class SharedResource
{
}
