using System.Globalization;
using FangchengCredit.Domain.Licensing;
using FangchengCredit.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.Licensing;

/// <summary>The new-application form.</summary>
public sealed class ApplicationInput
{
    public long EnterpriseId { get; set; }

    public int LicenceTypeId { get; set; }

    public CommitmentMode Mode { get; set; }

    public DateOnly AcceptedOn { get; set; }

    public DateOnly SignedOn { get; set; }

    /// <summary>Materials received, one per line.</summary>
    public string? ReceivedMaterials { get; set; }

    /// <summary>Owed items (容缺), one per line: "name" or "name | yyyy-MM-dd" (default deadline otherwise).</summary>
    public string? OwedItems { get; set; }

    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.Length > 0).ToList();

    /// <summary>The owed items with their deadlines; null when a line's date cannot be read.</summary>
    public IReadOnlyList<(string Description, DateOnly DueOn)>? Owed(DateOnly defaultDue)
    {
        var owed = new List<(string, DateOnly)>();
        foreach (var line in Lines(OwedItems))
        {
            var parts = line.Split(['|', '｜'], 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 1 || parts[1].Length == 0) { owed.Add((parts[0], defaultDue)); continue; }
            if (!DateOnly.TryParseExact(parts[1], ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
                return null;
            owed.Add((parts[0], due));
        }
        return owed;
    }
}

public sealed class DecisionInput
{
    public int Version { get; set; }

    public string? Number { get; set; }

    public string? DecisionDocumentNumber { get; set; }

    public string? Content { get; set; }

    public DateOnly DecidedOn { get; set; }
}

public sealed class ReasonInput
{
    public int Version { get; set; }

    public string? Reason { get; set; }
}

internal sealed class ApplicationInputValidator : AbstractValidator<ApplicationInput>
{
    public ApplicationInputValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(i => i.LicenceTypeId).GreaterThan(0).WithMessage(l["请选择许可证种类"]);
        RuleFor(i => i.Mode).IsInEnum().WithMessage(l["请选择办理方式"]);
        RuleFor(i => i.AcceptedOn).NotEqual(default(DateOnly)).WithMessage(l["请填写受理日期"]);
        RuleFor(i => i.SignedOn).NotEqual(default(DateOnly)).When(i => i.Mode != CommitmentMode.None).WithMessage(l["请填写承诺书签署日期"]);
        RuleFor(i => i.ReceivedMaterials).NotEmpty().WithMessage(l["请列出已收到的材料"]);
        RuleFor(i => i.OwedItems).NotEmpty().When(i => i.Mode == CommitmentMode.AcceptWithDeficiencies).WithMessage(l["容缺受理须列明缺项材料"]);
        RuleFor(i => i.OwedItems).Must(o => ApplicationInput.Lines(o).Count == 0).When(i => i.Mode != CommitmentMode.AcceptWithDeficiencies)
            .WithMessage(l["只有容缺受理才能列缺项材料"]);
        RuleFor(i => i).Must(i => i.Owed(i.AcceptedOn) is not null).WithName(nameof(ApplicationInput.OwedItems))
            .OverridePropertyName(nameof(ApplicationInput.OwedItems)).WithMessage(l["补正期限格式应为 yyyy-MM-dd"]);
    }
}

internal sealed class DecisionInputValidator : AbstractValidator<DecisionInput>
{
    public DecisionInputValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(i => i.Number).NotEmpty().WithMessage(l["请填写许可编号"]).MaximumLength(64).WithMessage(l["许可编号不能超过 64 个字符"]);
        RuleFor(i => i.DecisionDocumentNumber).NotEmpty().WithMessage(l["请填写决定文书号"]).MaximumLength(100).WithMessage(l["决定文书号不能超过 100 个字符"]);
        RuleFor(i => i.Content).NotEmpty().WithMessage(l["请填写许可内容"]).MaximumLength(1000).WithMessage(l["许可内容不能超过 1000 个字符"]);
        RuleFor(i => i.DecidedOn).NotEqual(default(DateOnly)).WithMessage(l["请填写决定日期"]);
    }
}

internal sealed class ReasonInputValidator : AbstractValidator<ReasonInput>
{
    public ReasonInputValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(i => i.Reason).NotEmpty().WithMessage(l["请填写理由"])
            .MaximumLength(LicenceApplication.ReasonMaxLength).WithMessage(l["理由不能超过 500 个字符"]);
    }
}
