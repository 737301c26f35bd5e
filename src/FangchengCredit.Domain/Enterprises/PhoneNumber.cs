namespace FangchengCredit.Domain.Enterprises;

/// <summary>Contact numbers as staff write them: 13800138000, 0377-67123456, +86 138 0013 8000, 0377-6712345 转 801.</summary>
public static class PhoneNumber
{
    public static bool IsValid(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim();
        if (t.Length > EnterpriseDetails.PhoneMaxLength) return false;
        var digits = t.Count(char.IsAsciiDigit);
        return digits is >= 7 and <= 20
               && t.All(c => char.IsAsciiDigit(c) || c is '-' or '+' or ' ' or '(' or ')' or '转' or '（' or '）')
               && t.IndexOf('+', 1) < 0;
    }
}
