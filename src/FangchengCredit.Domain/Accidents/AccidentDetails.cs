using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Accidents;

/// <summary>What the bureau knows about an accident: the three measures of 国务院令第493号 and the investigation's findings.</summary>
public sealed record AccidentDetails
{
    public const int PlaceMaxLength = 200;
    public const int DescriptionMaxLength = 2000;

    /// <summary>事故发生日期</summary>
    public required DateOnly OccurredOn { get; init; }

    /// <summary>事故地点</summary>
    public required string Place { get; init; }

    /// <summary>死亡人数</summary>
    public int Deaths { get; init; }

    /// <summary>重伤人数（含急性工业中毒）</summary>
    public int SeriousInjuries { get; init; }

    /// <summary>直接经济损失（元）</summary>
    public long DirectLossYuan { get; init; }

    /// <summary>事故简要经过</summary>
    public required string Description { get; init; }

    /// <summary>是否责任事故 (from the investigation's conclusion)</summary>
    public bool IsLiability { get; init; }

    /// <summary>瞒报或谎报</summary>
    public bool Concealed { get; init; }

    /// <summary>Trims the text and refuses what cannot be true of an accident.</summary>
    public AccidentDetails Normalised(DateOnly today)
    {
        if (OccurredOn > today) throw new DomainException("事故发生日期不能晚于今天。");
        // The classifier refuses negative measures with its own messages.
        _ = AccidentClassifier.Classify(Deaths, SeriousInjuries, DirectLossYuan);
        return this with
        {
            Place = Records.CreditRecord.Required(Place, PlaceMaxLength, "事故地点"),
            Description = Records.CreditRecord.Required(Description, DescriptionMaxLength, "事故简要经过"),
        };
    }
}
