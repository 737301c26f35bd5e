using System.Globalization;
using FangchengCredit.Domain.Grading;

namespace FangchengCredit.Web.Features.Credit;

/// <summary>
/// The grade history as a step chart drawn on the server (an inline SVG: no script, nothing from a CDN, CSP-safe).
/// The score holds from one evaluation to the next; the background shows the A–D bands.
/// </summary>
public sealed class GradeHistoryChart
{
    public const int Width = 840;
    public const int Height = 240;
    private const int Left = 40;
    private const int Right = 28;
    private const int Top = 22;
    private const int Bottom = 28;

    private GradeHistoryChart() { }

    public IReadOnlyList<Band> Bands { get; private init; } = [];

    public string StepPath { get; private init; } = string.Empty;

    public IReadOnlyList<Marker> Markers { get; private init; } = [];

    public IReadOnlyList<Tick> XTicks { get; private init; } = [];

    public IReadOnlyList<Tick> YTicks { get; private init; } = [];

    public bool IsEmpty => Markers.Count == 0;

    public sealed record Band(CreditGrade Grade, double Y, double Height, double LabelY);

    public sealed record Marker(double X, double Y, CreditGrade Grade, int Score, DateOnly AsOf);

    public sealed record Tick(double Position, string Label);

    /// <param name="points">History in date order; several on one day keep the last.</param>
    /// <param name="today">The right edge: the current grade is drawn up to today.</param>
    public static GradeHistoryChart Build(IReadOnlyList<GradePoint> points, DateOnly today, GradingRules rules)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(rules);
        var daily = points.GroupBy(p => p.AsOf).Select(g => g.Last()).OrderBy(p => p.AsOf).ToList();
        if (daily.Count == 0) return new GradeHistoryChart();

        var start = daily[0].AsOf;
        var end = today > daily[^1].AsOf ? today : daily[^1].AsOf;
        // At least half a year wide, so a short history reads as a line in context rather than a dot at the edge.
        if (end.DayNumber - start.DayNumber < 180) start = end.AddDays(-180);
        double span = end.DayNumber - start.DayNumber;
        double X(DateOnly d) => Left + (d.DayNumber - start.DayNumber) / span * (Width - Left - Right);
        double Y(int score) => Top + (100 - score) / 100d * (Height - Top - Bottom);

        var bands = new List<Band>
        {
            MakeBand(CreditGrade.A, 100, rules.GradeAMinimum, Y),
            MakeBand(CreditGrade.B, rules.GradeAMinimum, rules.GradeBMinimum, Y),
            MakeBand(CreditGrade.C, rules.GradeBMinimum, rules.GradeCMinimum, Y),
            MakeBand(CreditGrade.D, rules.GradeCMinimum, 0, Y),
        };

        var markers = daily.Select(p => new Marker(X(p.AsOf), Y(p.Score), p.Grade, p.Score, p.AsOf)).ToList();
        var path = new System.Text.StringBuilder();
        for (var i = 0; i < markers.Count; i++)
        {
            var m = markers[i];
            path.Append(i == 0 ? "M" : " H").Append(i == 0 ? Format(m.X) + " " + Format(m.Y) : Format(m.X) + " V" + Format(m.Y));
        }
        path.Append(" H").Append(Format(X(end)));

        var xTicks = new List<Tick>();
        var months = Math.Max(1, (int)Math.Ceiling(span / 30.4 / 6));
        for (var d = new DateOnly(start.Year, start.Month, 1).AddMonths(1); d <= end; d = d.AddMonths(months))
            xTicks.Add(new Tick(X(d), d.ToString("yyyy-MM", CultureInfo.InvariantCulture)));
        var yTicks = new[] { 0, rules.GradeCMinimum, rules.GradeBMinimum, rules.GradeAMinimum, 100 }
            .Select(s => new Tick(Y(s), s.ToString(CultureInfo.InvariantCulture))).ToList();

        return new GradeHistoryChart { Bands = bands, StepPath = path.ToString(), Markers = markers, XTicks = xTicks, YTicks = yTicks };
    }

    public static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static int PlotLeft => Left;

    public static int PlotRight => Width - Right;

    public static int PlotBottom => Height - Bottom;

    private static Band MakeBand(CreditGrade grade, int upper, int lower, Func<int, double> y) =>
        new(grade, y(upper), y(lower) - y(upper), (y(upper) + y(lower)) / 2 + 4);

    /// <summary>Where the band letters go: just right of the plot.</summary>
    public static int BandLabelX => Width - Right + 6;
}
