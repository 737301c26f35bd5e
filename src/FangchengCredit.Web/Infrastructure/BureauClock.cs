namespace FangchengCredit.Web.Infrastructure;

/// <summary>
/// The bureau's calendar day. China Standard Time is UTC+8 all year (no daylight saving), so "today" in Fangcheng
/// is the UTC instant plus eight hours; deadlines, grades and publication periods are all counted in these days.
/// </summary>
public static class BureauClock
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime + Offset);
    }

    public static DateTimeOffset Now(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return time.GetUtcNow().ToOffset(Offset);
    }
}
