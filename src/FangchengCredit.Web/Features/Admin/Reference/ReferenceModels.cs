using FangchengCredit.Domain.Reference;
using FangchengCredit.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.Admin.Reference;

public sealed record IndustryRow(int Id, string Name, int SortOrder, bool IsActive, int EnterpriseCount);

public sealed record TownshipRow(string Code, string Name, int SortOrder, bool IsActive, int EnterpriseCount);

public sealed record ReferenceIndexPage(IReadOnlyList<IndustryRow> Industries, IReadOnlyList<TownshipRow> Townships);

public sealed class IndustryInput
{
    /// <summary>Null when adding.</summary>
    public int? Id { get; set; }

    public string? Name { get; set; }
}

public sealed class TownshipInput
{
    /// <summary>Set by the controller when renaming (the code never changes once given).</summary>
    public bool IsNew { get; set; } = true;

    public string? Code { get; set; }

    public string? Name { get; set; }
}

internal sealed class IndustryInputValidator : AbstractValidator<IndustryInput>
{
    public IndustryInputValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(l["请输入行业名称。"])
            .Must(n => n is null || n.Trim().Length <= Industry.NameMaxLength).WithMessage(l["行业名称不能超过 {0} 个字符。", Industry.NameMaxLength]);
    }
}

internal sealed class TownshipInputValidator : AbstractValidator<TownshipInput>
{
    public TownshipInputValidator(IStringLocalizer<SharedResource> l)
    {
        When(x => x.IsNew, () =>
        {
            RuleFor(x => x.Code).Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage(l["请输入乡镇街道代码。"])
                .Must(c => c is null || c.Trim() is { Length: 9 } t && t.All(char.IsAsciiDigit)).WithMessage(l["乡镇街道代码应为 9 位数字。"])
                .Must(c => c is null || c.Trim().StartsWith(FangchengDivisions.CountyCode, StringComparison.Ordinal))
                .WithMessage(l["乡镇街道代码应以方城县行政区划代码 {0} 开头。", FangchengDivisions.CountyCode]);
        });
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(l["请输入乡镇街道名称。"])
            .Must(n => n is null || n.Trim().Length <= TownshipUnit.NameMaxLength).WithMessage(l["乡镇街道名称不能超过 {0} 个字符。", TownshipUnit.NameMaxLength]);
    }
}
