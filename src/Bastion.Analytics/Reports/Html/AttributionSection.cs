using System.Text;
using Bastion.Analytics.Attribution;

namespace Bastion.Analytics.Reports.Html;

/// <summary>The tear sheet's attribution section: factor loadings and contributions, style weights. Empty without inputs.</summary>
internal static class AttributionSection
{
    public static void Append(StringBuilder sb, TearSheetReport report)
    {
        BrinsonResult? brinson = report.Input.Attribution?.Brinson;
        if (report.Attribution.Count == 0 && brinson is null)
        {
            return;
        }

        sb.Append("<section id=\"attribution\"><h2>Attribution</h2>");
        if (brinson is not null)
        {
            Brinson(sb, brinson);
        }

        for (int i = 0; i < report.Attribution.Count; i++)
        {
            StrategyAttribution a = report.Attribution[i];
            if (a.Factors is { } f)
            {
                Factors(sb, f, i);
            }

            if (a.Styles is { } s)
            {
                Styles(sb, s, i);
            }
        }

        sb.Append("<p class=\"note\">Factor attribution: OLS of returns minus the risk-free rate on the factor returns; Newey–West (Bartlett) standard errors, no small-sample correction, normal p-values (statsmodels <code>cov_type='HAC'</code> defaults). ");
        sb.Append("Contribution = β × mean factor return; annual figures are per-period × periods per year. Cumulative lines are sums (not compounded) of β·f, alpha and the residual. ");
        sb.Append("Style analysis (Sharpe 1992): weights ≥ 0 summing to 1 that minimize the variance of the tracking difference.</p></section>");
    }

    private static void Brinson(StringBuilder sb, BrinsonResult b)
    {
        sb.Append($"<h3>Sector attribution (Brinson–Fachler, {b.Linking.ToString().ToLowerInvariant()} linking, {b.Periods.Count} periods {Fmt.Date(b.Periods[0].Date)} – {Fmt.Date(b.Periods[^1].Date)})</h3>");
        sb.Append("<table class=\"brinson\"><thead><tr><th>Sector</th><th class=\"n\">Allocation</th><th class=\"n\">Selection</th><th class=\"n\">Interaction</th><th class=\"n\">Total</th></tr></thead><tbody>");
        foreach (AttributionEffects e in b.Sectors.Append(b.Total))
        {
            sb.Append($"<tr><td>{Fmt.Html(e.Sector)}</td><td class=\"n\">{Fmt.Pct(e.Allocation)}</td><td class=\"n\">{Fmt.Pct(e.Selection)}</td><td class=\"n\">{Fmt.Pct(e.Interaction)}</td><td class=\"n{(e.Total < 0 ? " neg" : string.Empty)}\">{Fmt.Pct(e.Total)}</td></tr>");
        }

        sb.Append($"</tbody></table><p class=\"note\">Compounded portfolio return {Fmt.Pct(b.PortfolioReturn)}, benchmark {Fmt.Pct(b.BenchmarkReturn)}, active {Fmt.Pct(b.ActiveReturn)}: the linked effects add up to the active return.</p>");
    }

    private static void Factors(StringBuilder sb, FactorAttributionResult f, int index)
    {
        sb.Append($"<h3>Factor attribution — {Fmt.Html(f.Name)}</h3><table class=\"factor-attribution\"><thead><tr><th>Term</th><th class=\"n\">Coefficient</th><th class=\"n\">NW std. error</th><th class=\"n\">t-stat</th><th class=\"n\">p-value</th><th class=\"n\">Contribution (annual)</th></tr></thead><tbody>");
        Row(sb, "alpha (per period)", f.Alpha, f.AnnualAlpha);
        foreach (FactorExposure e in f.Factors)
        {
            Row(sb, e.Factor, e.Beta, e.AnnualContribution);
        }

        sb.Append($"</tbody></table><p class=\"note\">{f.Dates.Count} periods, R² {Fmt.Num(f.RSquared, 3)} (adjusted {Fmt.Num(f.AdjustedRSquared, 3)}), {f.Lags} Newey–West lags; mean excess return {Fmt.Pct(f.MeanExcessReturn * f.PeriodsPerYear)} a year; residual volatility {Fmt.Pct(f.AnnualResidualVolatility)} a year.");
        if (f.DroppedStrategyDates > 0)
        {
            sb.Append($" {f.DroppedStrategyDates} strategy date(s) without factor returns were left out.");
        }

        sb.Append("</p>");
        var series = new List<ChartSeries>();
        for (int k = 0; k < f.Factors.Count; k++)
        {
            series.Add(new ChartSeries(f.Factors[k].Factor, TearSheetStyle.Palette[k % TearSheetStyle.Palette.Length], f.Dates, f.CumulativeFactorContributions[k]));
        }

        series.Add(new ChartSeries("alpha", "#111827", f.Dates, f.CumulativeAlpha, Dashed: true));
        series.Add(new ChartSeries("residual", TearSheetStyle.BenchmarkColor, f.Dates, f.CumulativeResidual));
        sb.Append(new LineChartSvg { Id = $"factor-contributions-{index}", YTitle = "Cumulative contribution", Series = series, IncludeZero = true, Height = 260, YFormat = v => Fmt.Pct(v, 0) }.Render());
    }

    private static void Row(StringBuilder sb, string term, Coefficient c, double annual)
        => sb.Append($"<tr><td>{Fmt.Html(term)}</td><td class=\"n\">{Fmt.Num(c.Estimate, 5)}</td><td class=\"n\">{Fmt.Num(c.StandardError, 5)}</td><td class=\"n\">{Fmt.Num(c.TStatistic)}</td><td class=\"n\">{Fmt.Metric(c.PValue, MetricFormat.Probability)}</td><td class=\"n{(annual < 0 ? " neg" : string.Empty)}\">{Fmt.Pct(annual)}</td></tr>");

    private static void Styles(StringBuilder sb, StyleAnalysisResult s, int index)
    {
        sb.Append($"<h3>Style analysis — {Fmt.Html(s.Name)}</h3><table class=\"style-weights\"><thead><tr><th>Style</th><th class=\"n\">Weight</th></tr></thead><tbody>");
        for (int j = 0; j < s.Styles.Count; j++)
        {
            sb.Append($"<tr><td>{Fmt.Html(s.Styles[j])}</td><td class=\"n\">{Fmt.Pct(s.Full.Weights[j])}</td></tr>");
        }

        sb.Append($"</tbody></table><p class=\"note\">{s.Observations} periods, style R² {Fmt.Num(s.Full.RSquared, 3)}, tracking volatility {Fmt.Pct(s.AnnualTrackingVolatility)} a year.</p>");
        if (s.Rolling.Count > 1)
        {
            DateTimeOffset[] dates = [.. s.Rolling.Select(w => w.Date)];
            var series = s.Styles.Select((name, j) => new ChartSeries(name, TearSheetStyle.Palette[j % TearSheetStyle.Palette.Length], dates, [.. s.Rolling.Select(w => w.Weights[j])])).ToList();
            sb.Append(new LineChartSvg { Id = $"rolling-styles-{index}", YTitle = "Rolling style weight", Series = series, IncludeZero = true, Height = 240, YFormat = v => Fmt.Pct(v, 0) }.Render());
        }
    }
}
