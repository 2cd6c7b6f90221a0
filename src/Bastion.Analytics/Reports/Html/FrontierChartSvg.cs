using System.Text;
using Bastion.Analytics.Reports.Portfolio;

namespace Bastion.Analytics.Reports.Html;

/// <summary>
/// The risk–return plane as inline SVG: the efficient frontier (line and its points), the capital market line through
/// the best Sharpe ratio shown, every asset, and the report's portfolios as larger coloured markers.
/// </summary>
internal static class FrontierChartSvg
{
    private const double Left = 68, Right = 24, Top = 40, Bottom = 46;

    public static string Render(string id, PortfolioReport report, IReadOnlyList<string> portfolioColors, double width = 1000, double height = 460)
    {
        var points = new List<RiskReturnPoint>(report.Frontier);
        points.AddRange(report.Symbols.Select((_, i) => new RiskReturnPoint(report.AssetVolatilities[i], report.AssetReturns[i])));
        points.AddRange(report.Portfolios.Select(p => new RiskReturnPoint(p.Volatility, p.ExpectedReturn)));
        double xHi = points.Max(p => p.Volatility) * 1.06;
        double yLo = Math.Min(0, points.Min(p => p.ExpectedReturn)), yHi = points.Max(p => p.ExpectedReturn);
        double pad = (yHi - yLo) * 0.06;
        double[] xTicks = AxisTicks.Nice(0, xHi > 0 ? xHi : 1, 8), yTicks = AxisTicks.Nice(yLo - (yLo < 0 ? pad : 0), yHi + pad, 6);
        double x0 = 0, x1 = Math.Max(xHi, xTicks[^1]), y0 = Math.Min(yLo, yTicks[0]), y1 = Math.Max(yHi + pad, yTicks[^1]);
        double pw = width - Left - Right, ph = height - Top - Bottom;
        double X(double v) => Left + (pw * (v - x0) / (x1 - x0));
        double Y(double v) => Top + (ph * (1 - ((v - y0) / (y1 - y0))));

        var sb = new StringBuilder();
        BarChartSvg.Open(sb, id, "Efficient frontier: expected return against volatility", width, height);
        sb.Append("<g class=\"grid\">");
        foreach (double t in yTicks)
        {
            sb.Append($"<line x1=\"{Fmt.C(Left)}\" x2=\"{Fmt.C(Left + pw)}\" y1=\"{Fmt.C(Y(t))}\" y2=\"{Fmt.C(Y(t))}\"/>");
            sb.Append($"<text class=\"tick\" x=\"{Fmt.C(Left - 8)}\" y=\"{Fmt.C(Y(t) + 4)}\" text-anchor=\"end\">{Fmt.Html(Fmt.Pct(t, 0))}</text>");
        }

        foreach (double t in xTicks)
        {
            sb.Append($"<line x1=\"{Fmt.C(X(t))}\" x2=\"{Fmt.C(X(t))}\" y1=\"{Fmt.C(Top)}\" y2=\"{Fmt.C(Top + ph)}\"/>");
            sb.Append($"<text class=\"tick\" x=\"{Fmt.C(X(t))}\" y=\"{Fmt.C(Top + ph + 16)}\" text-anchor=\"middle\">{Fmt.Html(Fmt.Pct(t, 0))}</text>");
        }

        sb.Append("</g>");
        if (y0 < 0 && y1 > 0)
        {
            sb.Append($"<line class=\"zero\" x1=\"{Fmt.C(Left)}\" x2=\"{Fmt.C(Left + pw)}\" y1=\"{Fmt.C(Y(0))}\" y2=\"{Fmt.C(Y(0))}\"/>");
        }

        sb.Append($"<path class=\"axis\" d=\"M{Fmt.C(Left)} {Fmt.C(Top)}V{Fmt.C(Top + ph)}H{Fmt.C(Left + pw)}\"/>");
        CapitalMarketLine(sb, report, X, Y, x1, y1);

        // Frontier: a line through the points, and the points themselves.
        if (report.Frontier.Count > 0)
        {
            var d = new StringBuilder();
            foreach (RiskReturnPoint p in report.Frontier)
            {
                d.Append(d.Length == 0 ? 'M' : 'L').Append(Fmt.C(X(p.Volatility))).Append(' ').Append(Fmt.C(Y(p.ExpectedReturn)));
            }

            sb.Append($"<path class=\"series frontier mark\" stroke=\"{TearSheetStyle.Palette[0]}\" d=\"{d}\"/>");
            foreach (RiskReturnPoint p in report.Frontier)
            {
                sb.Append($"<circle class=\"frontier-point\" cx=\"{Fmt.C(X(p.Volatility))}\" cy=\"{Fmt.C(Y(p.ExpectedReturn))}\" r=\"2.6\" fill=\"{TearSheetStyle.Palette[0]}\">");
                sb.Append($"<title>frontier: return {Fmt.Html(Fmt.Pct(p.ExpectedReturn))}, volatility {Fmt.Html(Fmt.Pct(p.Volatility))}</title></circle>");
            }
        }

        for (int i = 0; i < report.Symbols.Count; i++)
        {
            double cx = X(report.AssetVolatilities[i]), cy = Y(report.AssetReturns[i]);
            sb.Append($"<circle class=\"asset mark\" cx=\"{Fmt.C(cx)}\" cy=\"{Fmt.C(cy)}\" r=\"4\"><title>{Fmt.Html(report.Symbols[i])}: return {Fmt.Html(Fmt.Pct(report.AssetReturns[i]))}, volatility {Fmt.Html(Fmt.Pct(report.AssetVolatilities[i]))}</title></circle>");
            sb.Append($"<text class=\"asset-label\" x=\"{Fmt.C(cx + 6)}\" y=\"{Fmt.C(cy - 5)}\">{Fmt.Html(report.Symbols[i])}</text>");
        }

        for (int k = 0; k < report.Portfolios.Count; k++)
        {
            PortfolioSummary p = report.Portfolios[k];
            double cx = X(p.Volatility), cy = Y(p.ExpectedReturn);
            sb.Append($"<path class=\"portfolio mark\" d=\"M{Fmt.C(cx)} {Fmt.C(cy - 8)}L{Fmt.C(cx + 8)} {Fmt.C(cy)}L{Fmt.C(cx)} {Fmt.C(cy + 8)}L{Fmt.C(cx - 8)} {Fmt.C(cy)}Z\" fill=\"{portfolioColors[k]}\">");
            sb.Append($"<title>{Fmt.Html(p.Name)}: return {Fmt.Html(Fmt.Pct(p.ExpectedReturn))}, volatility {Fmt.Html(Fmt.Pct(p.Volatility))}, Sharpe {Fmt.Html(Fmt.Num(p.Sharpe))}</title></path>");
        }

        sb.Append($"<text class=\"axis-title\" x=\"{Fmt.C(Left + (pw / 2))}\" y=\"{Fmt.C(height - 6)}\" text-anchor=\"middle\">Annualized volatility</text>");
        sb.Append($"<text class=\"axis-title\" transform=\"translate(14 {Fmt.C(Top + (ph / 2))}) rotate(-90)\" text-anchor=\"middle\">Expected annual return</text>");
        Legend(sb, report, portfolioColors);
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static void CapitalMarketLine(StringBuilder sb, PortfolioReport report, Func<double, double> x, Func<double, double> y, double xMax, double yMax)
    {
        double rf = report.RiskFreeRate;
        // The best Sharpe ratio shown (a frontier point or a portfolio, e.g. the max-Sharpe one): the line touches the frontier there.
        double slope = report.Frontier.Select(p => PortfolioSection.Sharpe(p, rf))
            .Concat(report.Portfolios.Select(p => PortfolioSection.Sharpe(new RiskReturnPoint(p.Volatility, p.ExpectedReturn), rf)))
            .Where(double.IsFinite).DefaultIfEmpty(double.NaN).Max();
        if (report.Frontier.Count == 0)
        {
            return;
        }

        if (!(slope > 0))
        {
            return;
        }

        double xEnd = Math.Min(xMax, (yMax - rf) / slope);
        sb.Append($"<line class=\"cml\" x1=\"{Fmt.C(x(0))}\" y1=\"{Fmt.C(y(rf))}\" x2=\"{Fmt.C(x(xEnd))}\" y2=\"{Fmt.C(y(rf + (slope * xEnd)))}\"><title>capital market line: risk-free {Fmt.Html(Fmt.Pct(rf))}, slope {Fmt.Html(Fmt.Num(slope))} (best Sharpe ratio shown)</title></line>");
    }

    private static void Legend(StringBuilder sb, PortfolioReport report, IReadOnlyList<string> colors)
    {
        double lx = Left + 4;
        sb.Append("<g class=\"legend\">");
        if (report.Frontier.Count > 0)
        {
            sb.Append($"<line x1=\"{Fmt.C(lx)}\" x2=\"{Fmt.C(lx + 22)}\" y1=\"14\" y2=\"14\" stroke=\"{TearSheetStyle.Palette[0]}\" stroke-width=\"2.5\"/><text x=\"{Fmt.C(lx + 28)}\" y=\"18\">Efficient frontier</text>");
            lx += 150;
            sb.Append($"<line class=\"cml\" x1=\"{Fmt.C(lx)}\" x2=\"{Fmt.C(lx + 22)}\" y1=\"14\" y2=\"14\"/><text x=\"{Fmt.C(lx + 28)}\" y=\"18\">Capital market line</text>");
            lx += 160;
        }

        sb.Append($"<circle class=\"asset\" cx=\"{Fmt.C(lx + 6)}\" cy=\"14\" r=\"4\"/><text x=\"{Fmt.C(lx + 16)}\" y=\"18\">Assets</text>");
        lx += 70;
        for (int k = 0; k < report.Portfolios.Count; k++)
        {
            sb.Append($"<path d=\"M{Fmt.C(lx + 6)} 7L{Fmt.C(lx + 13)} 14L{Fmt.C(lx + 6)} 21L{Fmt.C(lx - 1)} 14Z\" fill=\"{colors[k]}\"/><text x=\"{Fmt.C(lx + 18)}\" y=\"18\">{Fmt.Html(report.Portfolios[k].Name)}</text>");
            lx += 34 + (7.2 * report.Portfolios[k].Name.Length);
        }

        sb.Append("</g>");
    }
}
