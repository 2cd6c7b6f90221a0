using System.Text;

namespace Bastion.Analytics.Reports.Html;

/// <summary>
/// Horizontal 100% bars as inline SVG: one bar per row (a portfolio), one segment per asset (weights or risk shares).
/// Positive parts stack rightwards from zero and negative parts (short positions) leftwards; shares below
/// <see cref="Smallest"/> in magnitude get no segment.
/// </summary>
internal static class StackedBarSvg
{
    public const double Smallest = 1e-6;

    private const double Left = 132, Right = 24, Top = 12, BarHeight = 26, Gap = 12, AxisSpace = 44, LegendRow = 20, LegendItem = 96;

    public static string Render(string id, string xTitle, IReadOnlyList<string> rows, IReadOnlyList<IReadOnlyList<double>> values, IReadOnlyList<string> symbols, IReadOnlyList<string> colors, double width = 1000)
    {
        double lo = 0, hi = 1;
        foreach (IReadOnlyList<double> row in values)
        {
            lo = Math.Min(lo, row.Where(v => v < 0).Sum());
            hi = Math.Max(hi, row.Where(v => v > 0).Sum());
        }

        double[] ticks = AxisTicks.Nice(lo, hi, 10);
        lo = Math.Min(lo, ticks[0]);
        hi = Math.Max(hi, ticks[^1]);
        double pw = width - Left - Right;
        double plotBottom = Top + (rows.Count * (BarHeight + Gap));
        int perLine = Math.Max(1, (int)(pw / LegendItem));
        int legendLines = (symbols.Count + perLine - 1) / perLine;
        double height = plotBottom + AxisSpace + (legendLines * LegendRow) + 6;
        double X(double v) => Left + (pw * (v - lo) / (hi - lo));

        var sb = new StringBuilder();
        BarChartSvg.Open(sb, id, xTitle, width, height);
        sb.Append("<g class=\"grid\">");
        foreach (double t in ticks)
        {
            sb.Append($"<line x1=\"{Fmt.C(X(t))}\" x2=\"{Fmt.C(X(t))}\" y1=\"{Fmt.C(Top)}\" y2=\"{Fmt.C(plotBottom)}\"/>");
            sb.Append($"<text class=\"tick\" x=\"{Fmt.C(X(t))}\" y=\"{Fmt.C(plotBottom + 16)}\" text-anchor=\"middle\">{Fmt.Html(Fmt.Pct(t, 0))}</text>");
        }

        sb.Append("</g>");
        for (int r = 0; r < rows.Count; r++)
        {
            double y = Top + (Gap / 2) + (r * (BarHeight + Gap));
            sb.Append($"<text class=\"row-label\" x=\"{Fmt.C(Left - 10)}\" y=\"{Fmt.C(y + (BarHeight / 2) + 4)}\" text-anchor=\"end\">{Fmt.Html(rows[r])}</text>");
            double up = 0, down = 0;
            for (int a = 0; a < symbols.Count; a++)
            {
                double v = values[r][a];
                if (Math.Abs(v) < Smallest)
                {
                    continue;
                }

                double from = v > 0 ? up : down + v;
                if (v > 0)
                {
                    up += v;
                }
                else
                {
                    down += v;
                }

                double x0 = X(from), w = X(from + Math.Abs(v)) - x0;
                sb.Append($"<rect class=\"segment mark\" x=\"{Fmt.C(x0)}\" y=\"{Fmt.C(y)}\" width=\"{Fmt.C(Math.Max(w, 0.5))}\" height=\"{Fmt.C(BarHeight)}\" fill=\"{colors[a % colors.Count]}\" data-symbol=\"{Fmt.Html(symbols[a])}\">");
                sb.Append($"<title>{Fmt.Html(rows[r])} · {Fmt.Html(symbols[a])}: {Fmt.Html(Fmt.Pct(v, 2))}</title></rect>");
                if (w >= 7.5 * (symbols[a].Length + 1))
                {
                    sb.Append($"<text class=\"segment-label\" x=\"{Fmt.C(x0 + (w / 2))}\" y=\"{Fmt.C(y + (BarHeight / 2) + 4)}\" text-anchor=\"middle\">{Fmt.Html(symbols[a])}</text>");
                }
            }
        }

        if (lo < 0)
        {
            sb.Append($"<line class=\"zero\" x1=\"{Fmt.C(X(0))}\" x2=\"{Fmt.C(X(0))}\" y1=\"{Fmt.C(Top)}\" y2=\"{Fmt.C(plotBottom)}\"/>");
        }

        sb.Append($"<path class=\"axis\" d=\"M{Fmt.C(Left)} {Fmt.C(Top)}V{Fmt.C(plotBottom)}H{Fmt.C(Left + pw)}\"/>");
        sb.Append($"<text class=\"axis-title\" x=\"{Fmt.C(Left + (pw / 2))}\" y=\"{Fmt.C(plotBottom + 34)}\" text-anchor=\"middle\">{Fmt.Html(xTitle)}</text>");
        sb.Append("<g class=\"legend\">");
        for (int a = 0; a < symbols.Count; a++)
        {
            double lx = Left + ((a % perLine) * LegendItem), ly = plotBottom + AxisSpace + ((a / perLine) * LegendRow);
            sb.Append($"<rect x=\"{Fmt.C(lx)}\" y=\"{Fmt.C(ly)}\" width=\"12\" height=\"12\" rx=\"2\" fill=\"{colors[a % colors.Count]}\"/>");
            sb.Append($"<text x=\"{Fmt.C(lx + 18)}\" y=\"{Fmt.C(ly + 10)}\">{Fmt.Html(symbols[a])}</text>");
        }

        sb.Append("</g></svg>");
        return sb.ToString();
    }
}
