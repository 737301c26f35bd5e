using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Identifiers;

/// <summary>
/// 居民身份证号 (GB 11643, 18 digits). Personal information: <see cref="ToString"/> returns the masked form so that a number
/// dropped into a log line or a view by accident does not leak; code that really needs the number asks for <see cref="Value"/>.
/// </summary>
public sealed record ResidentIdNumber
{
    public const int Length = 18;

    /// <summary>Birth years before this are refused: the standard's own 1880 example aside, no such person holds a licence today.</summary>
    public const int EarliestBirthYear = 1900;

    /// <summary>What <see cref="Mask"/> returns when it cannot keep anything visible without revealing too much.</summary>
    public const string FullyMasked = "****";

    private const string CheckCharacters = "10X98765432";

    // Shorter strings would show more than half of themselves if we kept 4 + 4 visible.
    private const int ShortestMaskableLength = 15;

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private ResidentIdNumber(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    /// <summary>The raw, unmasked number (trimmed, 'x' upper-cased). Show it only to staff who opened the record on purpose.</summary>
    public string Value { get; }

    /// <summary>出生日期 (positions 7–14).</summary>
    public DateOnly BirthDate { get; }

    /// <summary>地址码 (positions 1–6): the county-level division where the number was issued.</summary>
    public string RegionCode => Value[..6];

    /// <summary>The number as shown on screens, e.g. 4113**********123X.</summary>
    public string Masked => Mask(Value);

    public static bool TryParse(
        string? input,
        [NotNullWhen(true)] out ResidentIdNumber? number,
        [NotNullWhen(false)] out DomainError? error)
    {
        var normalised = Normalise(input);
        error = ValidateNormalised(normalised, out var birthDate);
        if (error is not null)
        {
            number = null;
            return false;
        }

        number = new ResidentIdNumber(normalised, birthDate);
        return true;
    }

    /// <exception cref="DomainException">The input is not a valid number; the message says which rule it breaks.</exception>
    public static ResidentIdNumber Parse(string input) =>
        TryParse(input, out var number, out var error) ? number : throw new DomainException(error.Message);

    /// <returns>null when the input is a valid number, otherwise the first rule it breaks, reading left to right.</returns>
    public static DomainError? Validate(string? input) => ValidateNormalised(Normalise(input), out _);

    /// <summary>The 18th character for the first 17 digits: "10X98765432"[Σ digit × weight mod 11].</summary>
    /// <exception cref="ArgumentException">Not 17 digits (a programming error, not user input).</exception>
    public static char ComputeCheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException($"应传入居民身份证号的前17位，实际为 {first17.Length} 位", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            if (!char.IsAsciiDigit(first17[i]))
            {
                throw new ArgumentException($"第{i + 1}位字符“{first17[i]}”不是数字", nameof(first17));
            }

            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>
    /// Masks any string that may be an ID number, valid or not (imported spreadsheets hold all sorts): the first 4 and last 4
    /// characters stay visible, everything between becomes '*'. Null, blank or short input (under 15 characters) gives "****".
    /// </summary>
    public static string Mask(string? raw)
    {
        var trimmed = raw?.Trim();
        if (trimmed is null || trimmed.Length < ShortestMaskableLength)
        {
            return FullyMasked;
        }

        return string.Concat(trimmed.AsSpan(0, 4), new string('*', trimmed.Length - 8), trimmed.AsSpan(trimmed.Length - 4));
    }

    /// <summary>Masked, never the raw number.</summary>
    public override string ToString() => Masked;

    private static string Normalise(string? input) => (input ?? string.Empty).Trim().ToUpperInvariant();

    private static DomainError? ValidateNormalised(string value, out DateOnly birthDate)
    {
        birthDate = default;
        if (value.Length == 0)
        {
            return new DomainError("id.empty", "居民身份证号不能为空");
        }

        if (value.Length != Length)
        {
            var hint = value.Length == 15 ? "（15位旧号码已停止使用，请填写18位号码）" : string.Empty;
            return new DomainError("id.length", $"居民身份证号应为18位，实际为 {value.Length} 位{hint}");
        }

        for (var i = 0; i < Length - 1; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return new DomainError("id.char", $"第{i + 1}位字符“{value[i]}”不合法（前17位只能是数字）");
            }
        }

        if (!char.IsAsciiDigit(value[^1]) && value[^1] != 'X')
        {
            return new DomainError("id.char", $"第18位字符“{value[^1]}”不合法（校验码只能是数字或 X）");
        }

        var birth = value[6..14];
        if (!DateOnly.TryParseExact(birth, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out birthDate))
        {
            return new DomainError("id.birthdate", $"第7–14位出生日期 {birth} 不是有效日期");
        }

        if (birthDate.Year < EarliestBirthYear)
        {
            return new DomainError("id.birthdate", $"第7–14位出生日期 {birth} 早于{EarliestBirthYear}年");
        }

        var check = ComputeCheckCharacter(value[..17]);
        if (value[17] != check)
        {
            return new DomainError("id.check", $"第18位校验码应为 {check}");
        }

        return null;
    }
}
