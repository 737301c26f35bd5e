using System.Diagnostics.CodeAnalysis;
using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Identifiers;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015). Once constructed it is known to be well formed: both check characters agree,
/// so the rest of the system never re-validates it. Equality is by value.
/// </summary>
public sealed record UnifiedSocialCreditCode
{
    public const int Length = 18;

    /// <summary>The 31 characters in use; a character's value is its index. I, O, S, V and Z are left out because they look like 1, 0, 5, U and 2.</summary>
    public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private const string LookAlikeHint = "（不使用 I、O、S、V、Z）";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private UnifiedSocialCreditCode(string value) => Value = value;

    /// <summary>The normalised 18 characters (trimmed, upper case).</summary>
    public string Value { get; }

    /// <summary>登记管理部门代码 (position 1), e.g. '9' for market regulation.</summary>
    public char RegistrationAuthority => Value[0];

    /// <summary>登记管理部门代码 + 机构类别代码 (positions 1–2), e.g. "91" 企业, "92" 个体工商户.</summary>
    public string EntityType => Value[..2];

    /// <summary>登记管理机关行政区划码 (positions 3–8).</summary>
    public string DivisionCode => Value[2..8];

    /// <summary>组织机构代码 (positions 9–17), including its own check character.</summary>
    public string OrganizationCode => Value[8..17];

    public static bool TryParse(
        string? input,
        [NotNullWhen(true)] out UnifiedSocialCreditCode? code,
        [NotNullWhen(false)] out DomainError? error)
    {
        var normalised = Normalise(input);
        error = ValidateNormalised(normalised);
        if (error is not null)
        {
            code = null;
            return false;
        }

        code = new UnifiedSocialCreditCode(normalised);
        return true;
    }

    /// <exception cref="DomainException">The input is not a valid code; the message says which rule it breaks.</exception>
    public static UnifiedSocialCreditCode Parse(string input) =>
        TryParse(input, out var code, out var error) ? code : throw new DomainException(error.Message);

    /// <returns>null when the input is a valid code, otherwise the first rule it breaks, reading left to right.</returns>
    public static DomainError? Validate(string? input) => ValidateNormalised(Normalise(input));

    /// <summary>The 18th character for the first 17: Charset[(31 − Σ value × weight mod 31) mod 31].</summary>
    /// <exception cref="ArgumentException">Not 17 characters of <see cref="Charset"/> (a programming error, not user input).</exception>
    public static char ComputeCheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException($"应传入统一社会信用代码的前17位，实际为 {first17.Length} 位", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = Charset.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"第{i + 1}位字符“{first17[i]}”不在统一社会信用代码字符集中", nameof(first17));
            }

            sum += value * Weights[i];
        }

        return Charset[(31 - (sum % 31)) % 31];
    }

    /// <summary>
    /// Builds a valid code from its parts, computing both check characters — for test data and demo seeding.
    /// </summary>
    /// <param name="authority">登记管理部门代码, e.g. '9'.</param>
    /// <param name="type">机构类别代码, e.g. '1' (with '9': 企业).</param>
    /// <param name="division6">行政区划码, e.g. "411322".</param>
    /// <param name="orgBody8">The eight body characters of the 组织机构代码, without its check character.</param>
    /// <exception cref="ArgumentException">A part is the wrong length or uses a character outside <see cref="Charset"/>.</exception>
    public static UnifiedSocialCreditCode Create(char authority, char type, string division6, string orgBody8)
    {
        ArgumentNullException.ThrowIfNull(division6);
        ArgumentNullException.ThrowIfNull(orgBody8);
        if (division6.Length != 6)
        {
            throw new ArgumentException($"行政区划码应为6位，实际为 {division6.Length} 位", nameof(division6));
        }

        if (orgBody8.Length != Identifiers.OrganizationCode.BodyLength)
        {
            throw new ArgumentException($"组织机构代码本体应为8位，实际为 {orgBody8.Length} 位", nameof(orgBody8));
        }

        // Letters outside the charset are legal in a bare GB 11714 body but not inside a credit code, so refuse them here.
        var first16 = string.Concat(authority.ToString(), type.ToString(), division6, orgBody8);
        var illegal = FindIllegalCharacter(first16);
        if (illegal is { } position)
        {
            var parameter = position switch
            {
                0 => nameof(authority),
                1 => nameof(type),
                < 8 => nameof(division6),
                _ => nameof(orgBody8),
            };
            throw new ArgumentException($"第{position + 1}位字符“{first16[position]}”不在统一社会信用代码字符集中", parameter);
        }

        var first17 = first16 + Identifiers.OrganizationCode.ComputeCheckCharacter(orgBody8);
        return new UnifiedSocialCreditCode(first17 + ComputeCheckCharacter(first17));
    }

    public override string ToString() => Value;

    private static string Normalise(string? input) => (input ?? string.Empty).Trim().ToUpperInvariant();

    private static DomainError? ValidateNormalised(string value)
    {
        if (value.Length == 0)
        {
            return new DomainError("uscc.empty", "统一社会信用代码不能为空");
        }

        if (value.Length != Length)
        {
            return new DomainError("uscc.length", $"统一社会信用代码应为18位，实际为 {value.Length} 位");
        }

        if (FindIllegalCharacter(value) is { } position)
        {
            return new DomainError("uscc.char", DescribeIllegalCharacter(position, value[position]));
        }

        var orgCheck = Identifiers.OrganizationCode.ComputeCheckCharacter(value[8..16]);
        if (value[16] != orgCheck)
        {
            return new DomainError("uscc.orgcheck", $"第17位（组织机构代码校验码）应为 {orgCheck}");
        }

        var check = ComputeCheckCharacter(value[..17]);
        if (value[17] != check)
        {
            return new DomainError("uscc.check", $"第18位校验码应为 {check}");
        }

        return null;
    }

    private static int? FindIllegalCharacter(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (!Charset.Contains(value[i], StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }

    private static string DescribeIllegalCharacter(int index, char c)
    {
        var position = index + 1;
        if (char.IsWhiteSpace(c))
        {
            return $"第{position}位是空格，统一社会信用代码中间不能有空格";
        }

        // Only the five look-alike letters get the look-alike hint; anything else (punctuation, full-width digits) is simply foreign.
        return "IOSVZ".Contains(c, StringComparison.Ordinal)
            ? $"第{position}位字符“{c}”不合法{LookAlikeHint}"
            : $"第{position}位字符“{c}”不合法（只能是数字或大写英文字母，且不使用 I、O、S、V、Z）";
    }
}
