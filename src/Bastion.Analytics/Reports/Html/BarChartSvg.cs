using System.Globalization;
using System.Text;

namespace Bastion.Analytics.Reports.Html;

/// <summary>Grouped vertical bars over categories (annual returns) or adjacent bins (a histogram), as inline SVG.</summary>
internal static class BarChartSvg
{
    private const double Left = 68, Right = 18, Top = 34, Bottom = 46;

    /// <summary>Grouped bars: one group per category, one bar per series; values may be NaN (no bar).</summary>
    public static string Grouped(string id, string xTitle, string yTitle, IReadOnlyList<string> categories,
        IReadOnlyList<(string Name, string Color, double[] Values)> series, Func<double, string> yFormat, double width = 1000, double height = 300)
    {
        double min = 0, max = 0;
        foreach (var s in series)
        {
            foreach (double v in s.Values)
            {
                if (double.IsFinite(v))
                {
                    min = Math.Min(min, v);
                    max = Math.Max(max, v);
                }
            }
        }

        double pad = (max - min) * 0.06;
        double[] ticks = AxisTicks.Nice(min < 0 ? min - pad : min, max > 0 ? max + pad : max);
        double lo = Math.Min(min < 0 ? min - pad : min, ticks[0]), hi = Math.Max(max > 0 ? max + pad : max, ticks[^1]);
        if (hi <= lo)
        {
            hi = lo + 1;
        }

        double pw = width - Left - Right, ph = height - Top - Bottom;
        double Y(double v) => Top + (ph * (1 - ((v - lo) / (hi - lo))));
        var sb = new StringBuilder();
        Open(sb, id, yTitle, width, height);
        YGrid(sb, ticks, Y, yFormat, pw);
        double group = pw / Math.Max(categories.Count, 1);
        double bar = Math.Min(28, group * 0.8 / Math.Max(series.Count, 1));
        for (int c = 0; c < categories.Count; c++)
        {
            double gx = Left + (group * c) + ((group - (bar * series.Count)) / 2);
            for (int k = 0; k < series.Count; k++)
            {
                double v = series[k].Values[c];
                if (!double.IsFinite(v))
                {
                    continue;
                }

                double y0 = Y(0), y1 = Y(v);
                sb.Append($"<rect class=\"bar mark\" x=\"{Fmt.C(gx + (k * bar))}\" y=\"{Fmt.C(Math.Min(y0, y1))}\" width=\"{Fmt.C(bar - 1)}\" height=\"{Fmt.C(Math.Max(Math.Abs(y1 - y0), 0.5))}\" fill=\"{series[k].Color}\"><title>{Fmt.Html(series[k].Name)} {Fmt.Html(categories[c])}: {Fmt.Html(yFormat(v))}</title></rect>");
            }

            if (categories.Count <= 30 || c % 2 == 0)
            {
                sb.Append($"<text class=\"tick\" x=\"{Fmt.C(Left + (group * (c + 0.5)))}\" y=\"{Fmt.C(Top + ph + 16)}\" text-anchor=\"middle\">{Fmt.Html(categories[c])}</text>");
            }
        }

        ZeroAndAxes(sb, Y(0), pw, ph, xTitle, yTitle, width, height);
        Legend(sb, series.Select(s => (s.Name, s.Color)));
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>Overlaid histograms of several samples on shared bins (counts as a share of each sample).</summary>
    public static string Histogram(string id, string xTitle, IReadOnlyList<(string Name, string Color, double[] Values)> samples, int bins = 50, double width = 1000, double height = 300)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var s in samples)
        {
            foreach (double v in s.Values)
            {
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
        }

        var sb = new StringBuilder();
        Open(sb, id, "Share of periods", width, height);
        if (double.IsInfinity(min) || max <= min)
        {
            sb.Append($"<text class=\"empty\" x=\"{Fmt.C(width / 2)}\" y=\"{Fmt.C(height / 2)}\" text-anchor=\"middle\">Not enough dispersion for a histogram</text></svg>");
            return sb.ToString();
        }

        double binWidth = (max - min) / bins;
        var shares = samples.Select(s =>
        {
            var h = new double[bins];
            foreach (double v in s.Values)
            {
                h[Math.Min((int)((v - min) / binWidth), bins - 1)] += 1.0 / s.Values.Length;
            }

            return h;
        }).ToList();
        double top = shares.Max(h => h.Max());
        double[] ticks = AxisTicks.Nice(0, top);
        double hi = Math.Max(top, ticks[^1]);
        double pw = width - Left - Right, ph = height - Top - Bottom;
        double X(double v) => Left + (pw * (v - min) / (max - min));
        double Y(double v) => Top + (ph * (1 - (v / hi)));
        YGrid(sb, ticks, Y, v => Fmt.Pct(v, 0), pw);
        foreach (double t in AxisTicks.Nice(min, max, 8))
        {
            sb.Append($"<text class=\"tick\" x=\"{Fmt.C(X(t))}\" y=\"{Fmt.C(Top + ph + 16)}\" text-anchor=\"middle\">{Fmt.Html(Fmt.Pct(t, 1))}</text>");
        }

        for (int k = 0; k < samples.Count; k++)
        {
            for (int b = 0; b < bins; b++)
            {
                if (shares[k][b] <= 0)
                {
                    continue;
                }

                double x0 = X(min + (b * binWidth)), x1 = X(min + ((b + 1) * binWidth));
                sb.Append($"<rect class=\"bar mark\" x=\"{Fmt.C(x0)}\" y=\"{Fmt.C(Y(shares[k][b]))}\" width=\"{Fmt.C(Math.Max(x1 - x0 - 0.5, 0.5))}\" height=\"{Fmt.C(Top + ph - Y(shares[k][b]))}\" fill=\"{samples[k].Color}\" fill-opacity=\"{(samples.Count > 1 ? "0.45" : "0.85")}\"/>");
            }
        }

        if (min < 0 && max > 0)
        {
            sb.Append($"<line class=\"zero\" x1=\"{Fmt.C(X(0))}\" x2=\"{Fmt.C(X(0))}\" y1=\"{Fmt.C(Top)}\" y2=\"{Fmt.C(Top + ph)}\"/>");
        }

        ZeroAndAxes(sb, double.NaN, pw, ph, xTitle, "Share of periods", width, height);
        Legend(sb, samples.Select(s => (s.Name, s.Color)));
        sb.Append("</svg>");
        return sb.ToString();
    }

    internal static void Open(StringBuilder sb, string id, string label, double width, double height)
        => sb.Append($"<svg id=\"{id}\" class=\"chart\" viewBox=\"0 0 {Fmt.C(width)} {Fmt.C(height)}\" role=\"img\" aria-label=\"{Fmt.Html(label)}\" xmlns=\"http://www.w3.org/2000/svg\">");

    private static void YGrid(StringBuilder sb, double[] ticks, Func<double, double> y, Func<double, string> format, double pw)
    {
        sb.Append("<g class=\"grid\">");
        foreach (double t in ticks)
        {
            sb.Append($"<line x1=\"{Fmt.C(Left)}\" x2=\"{Fmt.C(Left + pw)}\" y1=\"{Fmt.C(y(t))}\" y2=\"{Fmt.C(y(t))}\"/>");
            sb.Append($"<text class=\"tick\" x=\"{Fmt.C(Left - 8)}\" y=\"{Fmt.C(y(t) + 4)}\" text-anchor=\"end\">{Fmt.Html(format(t))}</text>");
        }

        sb.Append("</g>");
    }

    private static void ZeroAndAxes(StringBuilder sb, double zeroY, double pw, double ph, string xTitle, string yTitle, double width, double height)
    {
        if (double.IsFinite(zeroY))
        {
            sb.Append($"<line class=\"zero\" x1=\"{Fmt.C(Left)}\" x2=\"{Fmt.C(Left + pw)}\" y1=\"{Fmt.C(zeroY)}\" y2=\"{Fmt.C(zeroY)}\"/>");
        }

        sb.Append($"<path class=\"axis\" d=\"M{Fmt.C(Left)} {Fmt.C(Top)}V{Fmt.C(Top + ph)}H{Fmt.C(Left + pw)}\"/>");
        sb.Append($"<text class=\"axis-title\" x=\"{Fmt.C(Left + (pw / 2))}\" y=\"{Fmt.C(height - 6)}\" text-anchor=\"middle\">{Fmt.Html(xTitle)}</text>");
        sb.Append($"<text class=\"axis-title\" transform=\"translate(14 {Fmt.C(Top + (ph / 2))}) rotate(-90)\" text-anchor=\"middle\">{Fmt.Html(yTitle)}</text>");
        _ = width;
    }

    private static void Legend(StringBuilder sb, IEnumerable<(string Name, string Color)> items)
    {
        double lx = Left + 4;
        sb.Append("<g class=\"legend\">");
        foreach ((string name, string color) in items)
        {
            sb.Append($"<rect x=\"{Fmt.C(lx)}\" y=\"8\" width=\"12\" height=\"12\" rx=\"2\" fill=\"{color}\"/>");
            sb.Append($"<text x=\"{Fmt.C(lx + 18)}\" y=\"18\">{Fmt.Html(name)}</text>");
            lx += 34 + (7.2 * name.Length);
        }

        sb.Append("</g>");
        _ = CultureInfo.InvariantCulture;
    }
}
