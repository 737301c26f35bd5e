using FangchengCredit.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Infrastructure;

/// <summary>MVC's model-binding messages ("The value 'x' is not valid") in the user's language.</summary>
internal static class ModelBindingMessages
{
    public static void Localize(MvcOptions options, IStringLocalizerFactory factory)
    {
        var l = factory.Create(typeof(SharedResource));
        var m = options.ModelBindingMessageProvider;
        m.SetAttemptedValueIsInvalidAccessor((value, field) => l["“{0}”不是有效的{1}。", value, field]);
        m.SetMissingBindRequiredValueAccessor(field => l["请填写{0}。", field]);
        m.SetMissingKeyOrValueAccessor(() => l["请填写此项。"]);
        m.SetMissingRequestBodyRequiredValueAccessor(() => l["请求内容不能为空。"]);
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["“{0}”无效。", value]);
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["输入的值无效。"]);
        m.SetNonPropertyValueMustBeANumberAccessor(() => l["请输入数字。"]);
        m.SetUnknownValueIsInvalidAccessor(field => l["{0}的值无效。", field]);
        m.SetValueIsInvalidAccessor(value => l["“{0}”无效。", value]);
        m.SetValueMustBeANumberAccessor(field => l["{0}必须是数字。", field]);
        m.SetValueMustNotBeNullAccessor(value => l["请填写此项。"]);
    }
}
