namespace FangchengCredit.Domain.Identifiers;

/// <summary>
/// 组织机构代码 (GB 11714): eight body characters and a check character. It survives as positions 9–17 of every
/// 统一社会信用代码, which is why its check is computed here rather than inside <see cref="UnifiedSocialCreditCode"/>.
/// </summary>
public static class OrganizationCode
{
    /// <summary>Body (8) plus check character (1).</summary>
    public const int Length = 9;

    public const int BodyLength = 8;

    private static readonly int[] Weights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>
    /// The check character for an 8-character body: 11 − (Σ value × weight mod 11), where 10 is written 'X' and 11 is written '0'.
    /// Letters are valued A = 10 … Z = 35 over the whole alphabet — not the 31-character index of the credit code.
    /// </summary>
    /// <exception cref="ArgumentException">The body is not 8 digits or upper-case letters (a programming error, not user input).</exception>
    public static char ComputeCheckCharacter(string body8)
    {
        ArgumentNullException.ThrowIfNull(body8);
        if (body8.Length != BodyLength)
        {
            throw new ArgumentException($"组织机构代码本体应为8位，实际为 {body8.Length} 位", nameof(body8));
        }

        var sum = 0;
        for (var i = 0; i < BodyLength; i++)
        {
            var value = ValueOf(body8[i]);
            if (value < 0)
            {
                throw new ArgumentException($"组织机构代码本体第{i + 1}位字符“{body8[i]}”不是数字或大写字母", nameof(body8));
            }

            sum += value * Weights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var digit => (char)('0' + digit),
        };
    }

    private static int ValueOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => -1,
    };
}
