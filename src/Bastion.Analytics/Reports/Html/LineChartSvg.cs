using System.Text;

namespace Bastion.Analytics.Reports.Html;

/// <summary>A dated line chart as inline SVG: titled axes, date ticks, gridlines, legend, optional log scale and area fill.</summary>
internal sealed class LineChartSvg
{
    private const double Left = 68, Right = 18, Top = 34, Bottom = 46;

    public required string Id { get; init; }

    public required string YTitle { get; init; }

    public required IReadOnlyList<ChartSeries> Series { get; init; }

    public Func<double, string> YFormat { get; init; } = v => Fmt.Num(v);

    public bool LogScale { get; init; }

    public bool Area { get; init; }

    public bool IncludeZero { get; init; }

    public double Width { get; init; } = 1000;

    public double Height { get; init; } = 320;

    public string Render()
    {
        var sb = new StringBuilder();
        DateTimeOffset start = DateTimeOffset.MaxValue, end = DateTimeOffset.MinValue;
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (ChartSeries s in Series)
        {
            for (int i = 0; i < s.Values.Count; i++)
            {
                double v = s.Values[i];
                if (!double.IsFinite(v) || (LogScale && v <= 0))
                {
                    continue;
                }

                min = Math.Min(min, v);
                max = Math.Max(max, v);
                start = s.Dates[i] < start ? s.Dates[i] : start;
                end = s.Dates[i] > end ? s.Dates[i] : end;
            }
        }

        sb.Append($"<svg id=\"{Id}\" class=\"chart\" viewBox=\"0 0 {Fmt.C(Width)} {Fmt.C(Height)}\" role=\"img\" aria-label=\"{Fmt.Html(YTitle)}\" xmlns=\"http://www.w3.org/2000/svg\">");
        if (double.IsInfinity(min))
        {
            sb.Append($"<text class=\"empty\" x=\"{Fmt.C(Width / 2)}\" y=\"{Fmt.C(Height / 2)}\" text-anchor=\"middle\">Not enough observations for this chart</text></svg>");
            return sb.ToString();
        }

        if (end <= start)
        {
            end = start.AddDays(1);
        }

        if (IncludeZero)
        {
            min = Math.Min(min, 0);
            max = Math.Max(max, 0);
        }

        Func<double, double> toAxis = LogScale ? Math.Log10 : v => v;
        double lo = toAxis(min), hi = toAxis(max);
        double pad = (hi - lo) * 0.05;
        if (pad == 0)
        {
            pad = Math.Abs(hi) * 0.05 + 1e-6;
        }

        lo -= IncludeZero && min == 0 ? 0 : pad;
        hi += IncludeZero && max == 0 ? 0 : pad;
        double pw = Width - Left - Right, ph = Height - Top - Bottom;
        double span = (end - start).Ticks;
        double X(DateTimeOffset d) => Left + (pw * (d - start).Ticks / span);
        double Y(double v) => Top + (ph * (1 - ((toAxis(v) - lo) / (hi - lo))));

        // Grid and y ticks.
        double[] yTicks = LogScale ? AxisTicks.Log(Math.Pow(10, lo), Math.Pow(10, hi)) : AxisTicks.Nice(lo, hi);
        sb.Append("<g class=\"grid\">");
        foreach (double t in yTicks)
        {
            double y = Y(t);
            sb.Append($"<line x1=\"{Fmt.C(Left)}\" x2=\"{Fmt.C(Left + pw)}\" y1=\"{Fmt.C(y)}\" y2=\"{Fmt.C(y)}\"/>");
            sb.Append($"<text class=\"tick\" x=\"{Fmt.C(Left - 8)}\" y=\"{Fmt.C(y + 4)}\" text-anchor=\"end\">{Fmt.Html(YFormat(t))}</text>");
        }

        foreach (DateTimeOffset d in AxisTicks.Dates(start, end))
        {
            double x = X(d);
            sb.Append($"<line x1=\"{Fmt.C(x)}\" x2=\"{Fmt.C(x)}\" y1=\"{Fmt.C(Top)}\" y2=\"{Fmt.C(Top + ph)}\"/>");
            sb.Append($"<text class=\"tick\" x=\"{Fmt.C(x)}\" y=\"{Fmt.C(Top + ph + 16)}\" text-anchor=\"middle\">{Fmt.Html(AxisTicks.DateLabel(d, start, end))}</text>");
        }

        sb.Append("</g>");
        if (!LogScale && lo < 0 && hi > 0)
        {
            sb.Append($"<line class=\"zero\" x1=\"{Fmt.C(Left)}\" x2=\"{Fmt.C(Left + pw)}\" y1=\"{Fmt.C(Y(0))}\" y2=\"{Fmt.C(Y(0))}\"/>");
        }

        sb.Append($"<path class=\"axis\" d=\"M{Fmt.C(Left)} {Fmt.C(Top)}V{Fmt.C(Top + ph)}H{Fmt.C(Left + pw)}\"/>");

        // Series.
        foreach (ChartSeries s in Series)
        {
            string d = PathOf(s, X, Y, out string area, Area ? Y(Math.Max(Math.Min(0, hi), lo)) : double.NaN);
            if (Area && area.Length > 0)
            {
                sb.Append($"<path class=\"area\" fill=\"{s.Color}\" d=\"{area}\"/>");
            }

            string dash = s.Dashed ? " stroke-dasharray=\"5 3\"" : string.Empty;
            sb.Append($"<path class=\"series mark\" data-series=\"{Fmt.Html(s.Name)}\" stroke=\"{s.Color}\"{dash} d=\"{d}\"/>");
        }

        // Axis titles and legend.
        sb.Append($"<text class=\"axis-title\" x=\"{Fmt.C(Left + (pw / 2))}\" y=\"{Fmt.C(Height - 6)}\" text-anchor=\"middle\">Date</text>");
        sb.Append($"<text class=\"axis-title\" transform=\"translate(14 {Fmt.C(Top + (ph / 2))}) rotate(-90)\" text-anchor=\"middle\">{Fmt.Html(YTitle)}</text>");
        double lx = Left + 4;
        sb.Append("<g class=\"legend\">");
        foreach (ChartSeries s in Series)
        {
            string dash = s.Dashed ? " stroke-dasharray=\"5 3\"" : string.Empty;
            sb.Append($"<line x1=\"{Fmt.C(lx)}\" x2=\"{Fmt.C(lx + 22)}\" y1=\"14\" y2=\"14\" stroke=\"{s.Color}\" stroke-width=\"2.5\"{dash}/>");
            sb.Append($"<text x=\"{Fmt.C(lx + 28)}\" y=\"18\">{Fmt.Html(s.Name)}</text>");
            lx += 44 + (7.2 * s.Name.Length);
        }

        sb.Append("</g></svg>");
        return sb.ToString();
    }

    private string PathOf(ChartSeries s, Func<DateTimeOffset, double> x, Func<double, double> y, out string area, double baseline)
    {
        var line = new StringBuilder();
        var fill = new StringBuilder();
        bool pen = false;
        double firstX = 0, lastX = 0;
        for (int i = 0; i < s.Values.Count; i++)
        {
            double v = s.Values[i];
            if (!double.IsFinite(v) || (LogScale && v <= 0))
            {
                if (pen && !double.IsNaN(baseline))
                {
                    fill.Append($"L{Fmt.C(lastX)} {Fmt.C(baseline)}L{Fmt.C(firstX)} {Fmt.C(baseline)}Z");
                }

                pen = false;
                continue;
            }

            double px = x(s.Dates[i]), py = y(v);
            line.Append(pen ? 'L' : 'M').Append(Fmt.C(px)).Append(' ').Append(Fmt.C(py));
            if (!double.IsNaN(baseline))
            {
                fill.Append(pen ? 'L' : 'M').Append(Fmt.C(px)).Append(' ').Append(Fmt.C(py));
                if (!pen)
                {
                    firstX = px;
                }
            }

            lastX = px;
            pen = true;
        }

        if (pen && !double.IsNaN(baseline))
        {
            fill.Append($"L{Fmt.C(lastX)} {Fmt.C(baseline)}L{Fmt.C(firstX)} {Fmt.C(baseline)}Z");
        }

        area = fill.ToString();
        return line.ToString();
    }
}
