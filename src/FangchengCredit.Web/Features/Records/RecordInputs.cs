using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.Records;

/// <summary>生产安全事故 entry and correction form.</summary>
public sealed class AccidentInput
{
    public long EnterpriseId { get; set; }

    /// <summary>法定代表人/主要负责人 the record is attached to as well, if any.</summary>
    public long? PersonId { get; set; }

    public DateOnly? OccurredOn { get; set; }

    public string? Place { get; set; }

    public int? Deaths { get; set; }

    public int? SeriousInjuries { get; set; }

    public long? DirectLossYuan { get; set; }

    public string? Description { get; set; }

    public bool IsLiability { get; set; }

    public bool Concealed { get; set; }

    /// <summary>For corrections: the version the form was read at.</summary>
    public int Version { get; set; }

    public AccidentDetails ToDetails() => new()
    {
        OccurredOn = OccurredOn!.Value,
        Place = Place ?? string.Empty,
        Deaths = Deaths ?? 0,
        SeriousInjuries = SeriousInjuries ?? 0,
        DirectLossYuan = DirectLossYuan ?? 0,
        Description = Description ?? string.Empty,
        IsLiability = IsLiability,
        Concealed = Concealed,
    };

    public static AccidentInput From(Accident accident)
    {
        ArgumentNullException.ThrowIfNull(accident);
        return new AccidentInput
        {
            EnterpriseId = accident.EnterpriseId,
            PersonId = accident.Record.PersonId,
            OccurredOn = accident.OccurredOn,
            Place = accident.Place,
            Deaths = accident.Deaths,
            SeriousInjuries = accident.SeriousInjuries,
            DirectLossYuan = accident.DirectLossYuan,
            Description = accident.Description,
            IsLiability = accident.IsLiability,
            Concealed = accident.Concealed,
            Version = accident.Version,
        };
    }
}

/// <summary>行政处罚 entry form: the 双公示 fields; subject name, category and code come from the enterprise.</summary>
public sealed class PenaltyInput
{
    public long EnterpriseId { get; set; }

    public long? PersonId { get; set; }

    public string? LegalRepresentative { get; set; }

    public string? DocumentNumber { get; set; }

    public PenaltyProcedure? Procedure { get; set; }

    public string? ViolationType { get; set; }

    public string? ViolationFacts { get; set; }

    public string? LegalBasis { get; set; }

    public string? PenaltyCategory { get; set; }

    public string? PenaltyContent { get; set; }

    public decimal? FineWanYuan { get; set; }

    public decimal? ConfiscatedWanYuan { get; set; }

    public string? LicenceAffected { get; set; }

    public DateOnly? DecisionDate { get; set; }

    public DateOnly? ValidUntil { get; set; }

    public string? Authority { get; set; }

    public string? AuthorityCode { get; set; }

    public string? DataSource { get; set; }
}

/// <summary>表彰奖励 entry form.</summary>
public sealed class CommendationInput
{
    public long EnterpriseId { get; set; }

    public long? PersonId { get; set; }

    public DateOnly? Date { get; set; }

    public string? Title { get; set; }

    public string? DocumentNumber { get; set; }
}

/// <summary>作废 form of a section chief.</summary>
public sealed class VoidInput
{
    public string? Reason { get; set; }

    public int Version { get; set; }
}

internal sealed class AccidentInputValidator : AbstractValidator<AccidentInput>
{
    public AccidentInputValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.OccurredOn).NotNull().WithMessage(l["请填写事故发生日期。"]);
        RuleFor(x => x.Place).NotEmpty().WithMessage(l["请填写事故地点。"])
            .MaximumLength(AccidentDetails.PlaceMaxLength).WithMessage(l["事故地点不能超过 {0} 个字符。", AccidentDetails.PlaceMaxLength]);
        RuleFor(x => x.Deaths).NotNull().WithMessage(l["请填写死亡人数（无则填 0）。"])
            .GreaterThanOrEqualTo(0).WithMessage(l["死亡人数不能为负数。"]);
        RuleFor(x => x.SeriousInjuries).NotNull().WithMessage(l["请填写重伤人数（无则填 0）。"])
            .GreaterThanOrEqualTo(0).WithMessage(l["重伤人数不能为负数。"]);
        RuleFor(x => x.DirectLossYuan).NotNull().WithMessage(l["请填写直接经济损失（无则填 0）。"])
            .GreaterThanOrEqualTo(0).WithMessage(l["直接经济损失不能为负数。"]);
        RuleFor(x => x.Description).NotEmpty().WithMessage(l["请填写事故简要经过。"])
            .MaximumLength(AccidentDetails.DescriptionMaxLength).WithMessage(l["事故简要经过不能超过 {0} 个字符。", AccidentDetails.DescriptionMaxLength]);
    }
}

internal sealed class PenaltyInputValidator : AbstractValidator<PenaltyInput>
{
    public PenaltyInputValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.DocumentNumber).NotEmpty().WithMessage(l["请填写处罚决定书文号。"])
            .MaximumLength(PenaltyDetails.DocumentNumberMaxLength).WithMessage(l["处罚决定书文号不能超过 {0} 个字符。", PenaltyDetails.DocumentNumberMaxLength]);
        RuleFor(x => x.Procedure).NotNull().WithMessage(l["请选择程序类别。"])
            .IsInEnum().WithMessage(l["请选择程序类别。"]);
        RuleFor(x => x.ViolationType).NotEmpty().WithMessage(l["请填写违法行为类型。"])
            .MaximumLength(PenaltyDetails.ShortTextMaxLength).WithMessage(l["违法行为类型不能超过 {0} 个字符。", PenaltyDetails.ShortTextMaxLength]);
        RuleFor(x => x.ViolationFacts).NotEmpty().WithMessage(l["请填写违法事实。"])
            .MaximumLength(PenaltyDetails.LongTextMaxLength).WithMessage(l["违法事实不能超过 {0} 个字符。", PenaltyDetails.LongTextMaxLength]);
        RuleFor(x => x.LegalBasis).NotEmpty().WithMessage(l["请填写处罚依据。"])
            .MaximumLength(PenaltyDetails.LongTextMaxLength).WithMessage(l["处罚依据不能超过 {0} 个字符。", PenaltyDetails.LongTextMaxLength]);
        RuleFor(x => x.PenaltyCategory).NotEmpty().WithMessage(l["请填写处罚类别。"])
            .MaximumLength(PenaltyDetails.ShortTextMaxLength).WithMessage(l["处罚类别不能超过 {0} 个字符。", PenaltyDetails.ShortTextMaxLength]);
        RuleFor(x => x.PenaltyContent).NotEmpty().WithMessage(l["请填写处罚内容。"])
            .MaximumLength(PenaltyDetails.LongTextMaxLength).WithMessage(l["处罚内容不能超过 {0} 个字符。", PenaltyDetails.LongTextMaxLength]);
        RuleFor(x => x.FineWanYuan).GreaterThanOrEqualTo(0).WithMessage(l["罚款金额不能为负数。"])
            .Must(v => v is null || decimal.Round(v.Value, 6) == v.Value).WithMessage(l["金额最多保留 6 位小数（精确到分）。"]);
        RuleFor(x => x.FineWanYuan).Must(v => v > 0)
            .When(x => x.PenaltyCategory?.Contains("罚款", StringComparison.Ordinal) == true)
            .WithMessage(l["处罚类别含罚款时，请填写罚款金额。"]);
        RuleFor(x => x.ConfiscatedWanYuan).GreaterThanOrEqualTo(0).WithMessage(l["没收违法所得金额不能为负数。"])
            .Must(v => v is null || decimal.Round(v.Value, 6) == v.Value).WithMessage(l["金额最多保留 6 位小数（精确到分）。"]);
        RuleFor(x => x.LicenceAffected).NotEmpty()
            .When(x => x.PenaltyCategory?.Contains("暂扣", StringComparison.Ordinal) == true || x.PenaltyCategory?.Contains("吊销", StringComparison.Ordinal) == true)
            .WithMessage(l["处罚类别含暂扣或吊销证照时，请填写证照名称及编号。"]);
        RuleFor(x => x.DecisionDate).NotNull().WithMessage(l["请填写处罚决定日期。"]);
        RuleFor(x => x.ValidUntil).GreaterThanOrEqualTo(x => x.DecisionDate)
            .When(x => x.ValidUntil is not null && x.DecisionDate is not null)
            .WithMessage(l["处罚有效期不能早于处罚决定日期。"]);
        RuleFor(x => x.Authority).NotEmpty().WithMessage(l["请填写处罚机关。"])
            .MaximumLength(PenaltyDetails.NameMaxLength).WithMessage(l["处罚机关不能超过 {0} 个字符。", PenaltyDetails.NameMaxLength]);
        RuleFor(x => x.AuthorityCode).Must(c => Domain.Identifiers.UnifiedSocialCreditCode.Validate(c) is null)
            .When(x => !string.IsNullOrWhiteSpace(x.AuthorityCode))
            .WithMessage(l["处罚机关统一社会信用代码格式不正确。"]);
        RuleFor(x => x.DataSource).NotEmpty().WithMessage(l["请填写数据来源单位。"])
            .MaximumLength(PenaltyDetails.NameMaxLength).WithMessage(l["数据来源单位不能超过 {0} 个字符。", PenaltyDetails.NameMaxLength]);
        RuleFor(x => x.LegalRepresentative).MaximumLength(PenaltyDetails.PersonNameMaxLength)
            .WithMessage(l["法定代表人不能超过 {0} 个字符。", PenaltyDetails.PersonNameMaxLength]);
    }
}

internal sealed class CommendationInputValidator : AbstractValidator<CommendationInput>
{
    public CommendationInputValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Date).NotNull().WithMessage(l["请填写表彰日期。"]);
        RuleFor(x => x.Title).NotEmpty().WithMessage(l["请填写表彰名称。"])
            .MaximumLength(CreditRecord.TitleMaxLength).WithMessage(l["表彰名称不能超过 {0} 个字符。", CreditRecord.TitleMaxLength]);
        RuleFor(x => x.DocumentNumber).MaximumLength(CreditRecord.DocumentNumberMaxLength)
            .WithMessage(l["文号不能超过 {0} 个字符。", CreditRecord.DocumentNumberMaxLength]);
    }
}

internal sealed class VoidInputValidator : AbstractValidator<VoidInput>
{
    public VoidInputValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage(l["请填写作废原因。"])
            .MaximumLength(CreditRecord.ReasonMaxLength).WithMessage(l["作废原因不能超过 {0} 个字符。", CreditRecord.ReasonMaxLength]);
    }
}
