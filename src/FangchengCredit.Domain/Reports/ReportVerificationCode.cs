using System.Diagnostics.CodeAnalysis;

namespace FangchengCredit.Domain.Reports;

/// <summary>
/// 报告验证码: 16 characters from a 32-letter alphabet without look-alikes (no 0/O, 1/I), 80 random bits, shown as
/// four groups (<c>7K3M-Q9XD-…</c>). Whoever holds a printed report can check it at /verify/{code}; nobody can guess one.
/// </summary>
public static class ReportVerificationCode
{
    public const int Length = 16;

    /// <summary>Stored length: the code without separators.</summary>
    public const int StoredLength = Length;

    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>Makes a code from 10 random bytes (80 bits, 5 bits per character).</summary>
    public static string FromRandomBytes(ReadOnlySpan<byte> tenBytes)
    {
        if (tenBytes.Length != 10) throw new ArgumentException("需要10个随机字节。", nameof(tenBytes));
        var chars = new char[Length];
        var buffer = 0;
        var bits = 0;
        var next = 0;
        foreach (var b in tenBytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                chars[next++] = Alphabet[(buffer >> bits) & 31];
            }
        }
        return new string(chars);
    }

    /// <summary>Reads a code as people type it: any case, with or without dashes and spaces.</summary>
    public static bool TryNormalise(string? input, [NotNullWhen(true)] out string? code)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(input) || input.Length > 40) return false;
        var cleaned = new string(input.Where(c => c is not '-' and not ' ').Select(char.ToUpperInvariant).ToArray());
        if (cleaned.Length != Length || cleaned.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal))) return false;
        code = cleaned;
        return true;
    }

    /// <summary>"7K3M-Q9XD-AB2C-4EFG".</summary>
    public static string Format(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Length == Length ? string.Join('-', code[..4], code[4..8], code[8..12], code[12..]) : code;
    }
}
