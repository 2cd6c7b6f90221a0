using System.Globalization;
using System.Text;

namespace Bastion.Analytics.Reports.Html;

/// <summary>Monthly returns heatmap: one row per year, twelve month columns plus the year's total; diverging colours.</summary>
internal static class HeatmapSvg
{
    private static readonly string[] s_months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static string Render(string id, IReadOnlyList<PeriodReturn> monthly, IReadOnlyList<PeriodReturn> annual)
    {
        int[] years = [.. annual.Select(a => a.Year)];
        const double left = 56, top = 26, cellW = 66, cellH = 22, gap = 10;
        double width = left + (13 * cellW) + gap + 8;
        double height = top + (Math.Max(years.Length, 1) * cellH) + 8;
        double scale = monthly.Count > 0 ? monthly.Max(m => Math.Abs(m.Return)) : 1;
        scale = scale > 0 ? scale : 1;
        var sb = new StringBuilder();
        BarChartSvg.Open(sb, id, "Monthly returns by year", width, height);
        for (int m = 0; m < 12; m++)
        {
            sb.Append($"<text class=\"tick\" x=\"{Fmt.C(left + (m * cellW) + (cellW / 2))}\" y=\"{Fmt.C(top - 8)}\" text-anchor=\"middle\">{s_months[m]}</text>");
        }

        sb.Append($"<text class=\"tick strong\" x=\"{Fmt.C(left + (12 * cellW) + gap + (cellW / 2))}\" y=\"{Fmt.C(top - 8)}\" text-anchor=\"middle\">Year</text>");
        var byKey = monthly.ToDictionary(m => (m.Year, m.Month), m => m.Return);
        for (int r = 0; r < years.Length; r++)
        {
            double y = top + (r * cellH);
            sb.Append($"<text class=\"tick\" x=\"{Fmt.C(left - 8)}\" y=\"{Fmt.C(y + 15)}\" text-anchor=\"end\">{years[r].ToString(CultureInfo.InvariantCulture)}</text>");
            for (int m = 1; m <= 12; m++)
            {
                double x = left + ((m - 1) * cellW);
                if (byKey.TryGetValue((years[r], m), out double v))
                {
                    Cell(sb, x, y, cellW, cellH, v, scale);
                }
                else
                {
                    sb.Append($"<rect x=\"{Fmt.C(x + 1)}\" y=\"{Fmt.C(y + 1)}\" width=\"{Fmt.C(cellW - 2)}\" height=\"{Fmt.C(cellH - 2)}\" fill=\"#f4f5f7\"/>");
                }
            }

            Cell(sb, left + (12 * cellW) + gap, y, cellW, cellH, annual[r].Return, Math.Max(scale, annual.Max(a => Math.Abs(a.Return))), bold: true);
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    private static void Cell(StringBuilder sb, double x, double y, double w, double h, double v, double scale, bool bold = false)
    {
        string fill = Colour(v / scale);
        string text = Math.Abs(v / scale) > 0.6 ? "#ffffff" : "#1d2733";
        sb.Append($"<rect class=\"cell mark\" x=\"{Fmt.C(x + 1)}\" y=\"{Fmt.C(y + 1)}\" width=\"{Fmt.C(w - 2)}\" height=\"{Fmt.C(h - 2)}\" rx=\"2\" fill=\"{fill}\"/>");
        sb.Append($"<text class=\"cell-text{(bold ? " strong" : string.Empty)}\" x=\"{Fmt.C(x + (w / 2))}\" y=\"{Fmt.C(y + 15)}\" text-anchor=\"middle\" fill=\"{text}\">{Fmt.Html(Fmt.Pct(v, 1))}</text>");
    }

    /// <summary>Diverging red–white–green, t in [−1, 1].</summary>
    private static string Colour(double t)
    {
        t = Math.Clamp(t, -1, 1);
        (int r, int g, int b) neutral = (247, 247, 247);
        (int r, int g, int b) end = t < 0 ? (178, 34, 34) : (26, 122, 62);
        double a = Math.Pow(Math.Abs(t), 0.8);
        int R = (int)Math.Round(neutral.r + ((end.r - neutral.r) * a));
        int G = (int)Math.Round(neutral.g + ((end.g - neutral.g) * a));
        int B = (int)Math.Round(neutral.b + ((end.b - neutral.b) * a));
        return $"#{R:x2}{G:x2}{B:x2}";
    }
}
