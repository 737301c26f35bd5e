using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Records;

/// <summary>
/// Amounts in 万元 as the 双公示 standard publishes them (罚款金额、没收违法所得). Kept exact to the 分 (0.000001 万元),
/// so they are stored as a whole number of 分 and never go through floating point.
/// </summary>
public static class WanYuan
{
    /// <summary>分 per 万元.</summary>
    public const long FenPerWanYuan = 1_000_000;

    /// <summary>No single fine or confiscation reaches 100 亿元; larger numbers are typing errors.</summary>
    public const decimal Maximum = 1_000_000m;

    public static long ToFen(decimal wanYuan) => (long)(wanYuan * FenPerWanYuan);

    public static decimal FromFen(long fen) => fen / (decimal)FenPerWanYuan;

    /// <summary>Refuses negative amounts, amounts beyond <see cref="Maximum"/> and amounts finer than one 分.</summary>
    public static decimal Checked(decimal wanYuan, string name)
    {
        if (wanYuan < 0) throw new DomainException($"{name}不能为负数。");
        if (wanYuan > Maximum) throw new DomainException($"{name}超出合理范围。");
        if (decimal.Round(wanYuan, 6) != wanYuan) throw new DomainException($"{name}最多保留6位小数（精确到分）。");
        return wanYuan;
    }

    /// <summary>"1.5", "0.2", "0" — trailing zeros dropped, never scientific notation.</summary>
    public static string Format(decimal wanYuan) =>
        wanYuan.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
}
