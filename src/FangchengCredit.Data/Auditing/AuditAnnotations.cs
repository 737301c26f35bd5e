using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FangchengCredit.Data.Auditing;

/// <summary>Model annotations that steer what the audit trail records.</summary>
public static class AuditAnnotations
{
    public const string Mask = "Audit:Mask";
    public const string Skip = "Audit:Skip";

    /// <summary>Record this property masked: personal ID numbers and secrets never enter the trail in clear.</summary>
    public static PropertyBuilder<TProperty> IsAuditMasked<TProperty>(this PropertyBuilder<TProperty> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.HasAnnotation(Mask, true);
    }

    /// <summary>Leave this entity out of the trail: derived data that is recomputed (evaluations, caches).</summary>
    public static EntityTypeBuilder<T> IsNotAudited<T>(this EntityTypeBuilder<T> builder) where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.HasAnnotation(Skip, true);
    }

    internal static bool IsMasked(IReadOnlyProperty property) => property.FindAnnotation(Mask)?.Value is true;

    internal static bool IsSkipped(IReadOnlyEntityType entityType) => entityType.FindAnnotation(Skip)?.Value is true;

    /// <summary>Keeps enough of a value to recognise it (first and last four characters) and hides the rest.</summary>
    public static string MaskValue(string? value)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        if (value.Length <= 8) return new string('*', value.Length);
        return string.Concat(value.AsSpan(0, 4), new string('*', value.Length - 8), value.AsSpan(value.Length - 4));
    }
}
