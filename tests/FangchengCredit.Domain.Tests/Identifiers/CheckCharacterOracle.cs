namespace FangchengCredit.Domain.Tests.Identifiers;

/// <summary>
/// An independent way to find check characters, to test the production code against: instead of the published weight tables
/// and "11 − Σ mod 11" formulas it derives the weights as powers (3^i mod 31, 2^i mod 11) and finds the check character by trying
/// every candidate until the whole code satisfies the standard's congruence. A shared misreading is unlikely to survive both routes.
/// </summary>
internal static class CheckCharacterOracle
{
    private const string CreditCodeCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>GB 32100: Σ value·3^(i−1) over all 18 positions ≡ 0 (mod 31).</summary>
    public static char CreditCodeCheck(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += CreditCodeCharset.IndexOf(first17[i], StringComparison.Ordinal) * PowerMod(3, i, 31);
        }

        return CreditCodeCharset.Single(c => (sum + CreditCodeCharset.IndexOf(c, StringComparison.Ordinal)) % 31 == 0);
    }

    /// <summary>GB 11714: Σ value·2^(9−i) over the body, plus the check value (X = 10), ≡ 0 (mod 11). Letters are A = 10 … Z = 35.</summary>
    public static char OrganizationCodeCheck(string body8)
    {
        var sum = 0;
        for (var i = 1; i <= 8; i++)
        {
            var c = body8[i - 1];
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * PowerMod(2, 9 - i, 11);
        }

        var check = Enumerable.Range(0, 11).Single(v => (sum + v) % 11 == 0);
        return check == 10 ? 'X' : (char)('0' + check);
    }

    /// <summary>GB 11643 (ISO 7064 MOD 11-2): Σ value·2^(18−i) over all 18 positions, with X = 10, ≡ 1 (mod 11).</summary>
    public static char ResidentIdCheck(string first17)
    {
        var sum = 0;
        for (var i = 1; i <= 17; i++)
        {
            sum += (first17[i - 1] - '0') * PowerMod(2, 18 - i, 11);
        }

        var check = Enumerable.Range(0, 11).Single(v => (sum + v) % 11 == 1);
        return check == 10 ? 'X' : (char)('0' + check);
    }

    private static int PowerMod(int b, int exponent, int modulus)
    {
        var result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result = result * b % modulus;
        }

        return result;
    }
}
