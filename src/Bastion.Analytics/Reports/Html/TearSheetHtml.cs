using System.Text;
using Bastion.Analytics.Drawdowns;
using Bastion.Analytics.Series;
using Bastion.Analytics.Trades;

namespace Bastion.Analytics.Reports.Html;

/// <summary>Renders a <see cref="TearSheetReport"/> as one self-contained HTML document (inline CSS, SVG and script).</summary>
internal static class TearSheetHtml
{
    private const int MaxTradeRows = 250;

    public static string Render(TearSheetReport report)
    {
        var sb = new StringBuilder(1 << 20);
        IReadOnlyList<StrategyReport> strategies = report.Strategies;
        string[] colors = [.. strategies.Select((_, i) => TearSheetStyle.Palette[i % TearSheetStyle.Palette.Length])];
        DateTimeOffset start = strategies.Min(s => s.Returns.StartDate);
        DateTimeOffset end = strategies.Max(s => s.Metrics.End);
        var o = report.Input.Options;

        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append($"<title>{Fmt.Html(report.Input.Title)}</title><style>{TearSheetStyle.Css}</style></head><body><main>");
        string names = string.Join(", ", strategies.Select(s => s.Run.Name));
        string bench = report.Benchmark is null ? string.Empty : $" vs {report.Benchmark.Name}";
        sb.Append($"<header><h1>{Fmt.Html(report.Input.Title)}</h1><div class=\"subtitle\">{Fmt.Html(names + bench)} · {Fmt.Date(start)} – {Fmt.Date(end)} · ");
        sb.Append($"{Fmt.Num(o.PeriodsPerYear, 0)} periods per year · risk-free rate {Fmt.Pct(o.RiskFreeRate)} · required return {Fmt.Pct(o.RequiredReturn)}</div>");
        Kpis(sb, strategies, colors);
        sb.Append("</header>");

        // Performance.
        var equity = new List<ChartSeries>();
        for (int i = 0; i < strategies.Count; i++)
        {
            equity.Add(Wealth(strategies[i].Returns, colors[i], start));
        }

        if (report.Benchmark is not null)
        {
            equity.Add(Wealth(report.Benchmark, TearSheetStyle.BenchmarkColor, start) with { Dashed = true });
        }

        sb.Append("<section><h2>Performance</h2><label class=\"toolbar\"><input type=\"checkbox\" id=\"log-scale\"> Log scale</label>");
        sb.Append("<h3>Cumulative growth of 1 unit invested</h3>");
        sb.Append(new LineChartSvg { Id = "equity-linear", YTitle = "Growth of 1", Series = equity, YFormat = v => Fmt.Num(v) }.Render());
        sb.Append(new LineChartSvg { Id = "equity-log", YTitle = "Growth of 1 (log scale)", Series = equity, LogScale = true, YFormat = v => Fmt.Num(v) }.Render());
        sb.Append("</section>");

        MetricsTable(sb, report, colors);

        // Drawdowns.
        sb.Append("<section><h2>Drawdowns</h2><h3>Underwater curve (decline from the running peak)</h3>");
        var under = strategies.Select((s, i) => new ChartSeries(s.Run.Name, colors[i], s.Returns.Dates, s.Underwater)).ToList();
        sb.Append(new LineChartSvg { Id = "underwater", YTitle = "Drawdown", Series = under, Area = true, IncludeZero = true, YFormat = v => Fmt.Pct(v, 0) }.Render());
        foreach (StrategyReport s in strategies)
        {
            DrawdownTable(sb, s);
        }

        sb.Append("</section>");

        // Returns.
        sb.Append("<section><h2>Returns</h2><h3>Calendar-year returns</h3>");
        int[] years = [.. strategies.SelectMany(s => s.Annual.Select(a => a.Year)).Distinct().Order()];
        var bars = strategies.Select((s, i) => (s.Run.Name, colors[i], years.Select(y => s.Annual.FirstOrDefault(a => a.Year == y)?.Return ?? double.NaN).ToArray())).ToList();
        if (report.Benchmark is not null)
        {
            IReadOnlyList<PeriodReturn> ba = PeriodReturns.Annual(Window(report.Benchmark, start, end));
            bars.Add((report.Benchmark.Name, TearSheetStyle.BenchmarkColor, years.Select(y => ba.FirstOrDefault(a => a.Year == y)?.Return ?? double.NaN).ToArray()));
        }

        sb.Append(BarChartSvg.Grouped("annual-returns", "Calendar year", "Annual return", [.. years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))], bars, v => Fmt.Pct(v, 0)));
        sb.Append("<h3>Distribution of periodic returns</h3>");
        sb.Append(BarChartSvg.Histogram("return-distribution", "Periodic return", [.. strategies.Select((s, i) => (s.Run.Name, colors[i], s.Returns.Values.ToArray()))]));
        for (int i = 0; i < strategies.Count; i++)
        {
            sb.Append($"<h3>Monthly returns — {Fmt.Html(strategies[i].Run.Name)}</h3>");
            sb.Append(HeatmapSvg.Render($"monthly-heatmap-{i}", strategies[i].Monthly, strategies[i].Annual));
        }

        sb.Append("</section>");

        // Rolling.
        string window = $"{o.RollingWindow}-period window";
        sb.Append($"<section><h2>Rolling statistics</h2><p class=\"note\">Trailing {Fmt.Html(window)}, annualized.</p><h3>Rolling Sharpe ratio</h3>");
        sb.Append(new LineChartSvg { Id = "rolling-sharpe", YTitle = "Sharpe ratio", Series = [.. strategies.Select((s, i) => new ChartSeries(s.Run.Name, colors[i], s.Returns.Dates, s.RollingSharpe))], IncludeZero = true, Height = 260 }.Render());
        sb.Append("<h3>Rolling volatility</h3>");
        sb.Append(new LineChartSvg { Id = "rolling-volatility", YTitle = "Annualized volatility", Series = [.. strategies.Select((s, i) => new ChartSeries(s.Run.Name, colors[i], s.Returns.Dates, s.RollingVolatility))], IncludeZero = true, Height = 260, YFormat = v => Fmt.Pct(v, 0) }.Render());
        if (report.Benchmark is not null)
        {
            sb.Append($"<h3>Rolling beta to {Fmt.Html(report.Benchmark.Name)}</h3>");
            sb.Append(new LineChartSvg { Id = "rolling-beta", YTitle = "Beta", Series = [.. strategies.Select((s, i) => new ChartSeries(s.Run.Name, colors[i], s.Returns.Dates, s.RollingBeta))], IncludeZero = true, Height = 260 }.Render());
        }

        sb.Append("</section>");
        Rigor(sb, report);
        AttributionSection.Append(sb, report);
        foreach (StrategyReport s in strategies)
        {
            TradeList(sb, s);
        }

        if (report.Input.Portfolio is { } portfolio)
        {
            PortfolioSectionHtml.Append(sb, portfolio);
        }

        sb.Append("<footer>Conventions: simple returns; annualization by the stated periods per year; volatility is the sample standard deviation (ddof = 1); ");
        sb.Append("Sharpe, Sortino, Calmar, Omega, alpha, beta, capture and tail ratios follow empyrical 0.5.5; VaR and CVaR are historical and shown as positive losses; ");
        sb.Append("drawdowns start from the initial capital. PSR, DSR and MinTRL follow Bailey &amp; López de Prado (2012, 2014); the haircut Sharpe follows Harvey &amp; Liu (2015) with a Bonferroni adjustment. ");
        sb.Append("Generated by Bastion.</footer>");
        sb.Append($"</main><script>{TearSheetStyle.Script}</script></body></html>");
        return sb.ToString();
    }

    private static void Kpis(StringBuilder sb, IReadOnlyList<StrategyReport> strategies, string[] colors)
    {
        sb.Append("<div class=\"kpis\">");
        for (int i = 0; i < strategies.Count; i++)
        {
            var m = strategies[i].Metrics;
            sb.Append($"<div class=\"kpi\" style=\"--c:{colors[i]}\"><div class=\"name\">{Fmt.Html(strategies[i].Run.Name)}</div><dl>");
            sb.Append($"<dt>Annual return</dt><dd>{Fmt.Pct(m.AnnualReturn)}</dd><dt>Sharpe ratio</dt><dd>{Fmt.Num(m.SharpeRatio)}</dd>");
            sb.Append($"<dt>Max drawdown</dt><dd>{Fmt.Pct(m.MaxDrawdown)}</dd><dt>Volatility</dt><dd>{Fmt.Pct(m.AnnualVolatility)}</dd></dl></div>");
        }

        sb.Append("</div>");
    }

    private static void MetricsTable(StringBuilder sb, TearSheetReport report, string[] colors)
    {
        sb.Append("<section><h2>Key metrics</h2><table id=\"metrics\"><thead><tr><th>Metric</th>");
        for (int i = 0; i < report.Strategies.Count; i++)
        {
            sb.Append($"<th class=\"n\" style=\"color:{colors[i]}\">{Fmt.Html(report.Strategies[i].Run.Name)}</th>");
        }

        sb.Append("</tr></thead><tbody>");
        string? section = null;
        foreach (MetricRow row in MetricRows.For(report))
        {
            if (row.Section != section)
            {
                section = row.Section;
                sb.Append($"<tr class=\"section\"><td colspan=\"{report.Strategies.Count + 1}\">{Fmt.Html(section)}</td></tr>");
            }

            sb.Append($"<tr><td>{Fmt.Html(row.Label)}</td>");
            for (int i = 0; i < row.Values.Length; i++)
            {
                string reason = report.Strategies[i].Metrics.Undefined.TryGetValue(row.Key, out string? r) ? $" title=\"undefined: {Fmt.Html(r)}\"" : string.Empty;
                string neg = row.Values[i] < 0 ? " neg" : string.Empty;
                sb.Append($"<td class=\"n{neg}\"{reason}>{Fmt.Html(Fmt.Metric(row.Values[i], row.Format))}</td>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</tbody></table>");
        foreach (StrategyReport s in report.Strategies)
        {
            foreach (KeyValuePair<string, string> kv in s.Metrics.Undefined)
            {
                sb.Append($"<p class=\"note\">{Fmt.Html(s.Run.Name)}: {Fmt.Html(kv.Key)} is undefined — {Fmt.Html(kv.Value)}.</p>");
            }

            if (s.Metrics.Benchmark is { DroppedFromStrategy.Count: > 0 } b)
            {
                sb.Append($"<p class=\"note\">{Fmt.Html(s.Run.Name)}: {b.DroppedFromStrategy.Count} date(s) without a benchmark observation were left out of the relative metrics (first {Fmt.Date(b.DroppedFromStrategy[0])}).</p>");
            }
        }

        sb.Append("</section>");
    }

    private static void DrawdownTable(StringBuilder sb, StrategyReport s)
    {
        sb.Append($"<h3>Worst drawdowns — {Fmt.Html(s.Run.Name)}</h3><table class=\"drawdowns\"><thead><tr><th class=\"n\">#</th><th>Peak</th><th>Valley</th><th>Recovery</th><th class=\"n\">Depth</th><th class=\"n\">Peak to valley (periods)</th><th class=\"n\">Duration (periods)</th></tr></thead><tbody>");
        int k = 1;
        foreach (DrawdownPeriod d in s.WorstDrawdowns)
        {
            string rec = d.RecoveryDate is { } r ? Fmt.Date(r) : "not recovered";
            sb.Append($"<tr><td class=\"n\">{k++}</td><td>{Fmt.Date(d.PeakDate)}</td><td>{Fmt.Date(d.ValleyDate)}</td><td>{rec}</td><td class=\"n neg\">{Fmt.Pct(d.Depth)}</td><td class=\"n\">{d.PeakToValleyPeriods}</td><td class=\"n\">{d.DurationPeriods}</td></tr>");
        }

        if (s.WorstDrawdowns.Count == 0)
        {
            sb.Append("<tr><td colspan=\"7\">No drawdown: wealth never fell below a previous peak.</td></tr>");
        }

        sb.Append("</tbody></table>");
    }

    private static void Rigor(StringBuilder sb, TearSheetReport report)
    {
        sb.Append("<section><h2>Statistical rigor</h2><table id=\"rigor\"><thead><tr><th>Strategy</th><th class=\"n\">Sharpe (per period)</th><th class=\"n\">Skewness</th><th class=\"n\">Kurtosis (raw)</th>");
        sb.Append("<th class=\"n\">Sharpe 95% CI</th><th class=\"n\">PSR(0)</th><th class=\"n\">DSR</th><th class=\"n\">MinTRL 95% (periods)</th><th class=\"n\">Haircut Sharpe</th><th class=\"n\">Sign test p</th></tr></thead><tbody>");
        foreach (StrategyReport s in report.Strategies)
        {
            var ss = s.SharpeStatistics;
            sb.Append($"<tr><td>{Fmt.Html(s.Run.Name)}</td><td class=\"n\">{Fmt.Num(ss?.Sharpe ?? double.NaN, 4)}</td><td class=\"n\">{Fmt.Num(ss?.Skewness ?? double.NaN)}</td><td class=\"n\">{Fmt.Num(ss?.Kurtosis ?? double.NaN)}</td>");
            string ci = s.SharpeInterval is { } iv ? $"{Fmt.Num(iv.Lower)} to {Fmt.Num(iv.Upper)}" : Fmt.Undefined;
            sb.Append($"<td class=\"n\">{ci}</td><td class=\"n\">{Fmt.Metric(s.ProbabilisticSharpe, MetricFormat.Probability)}</td><td class=\"n\">{Fmt.Metric(s.Deflated?.Probability ?? double.NaN, MetricFormat.Probability)}</td>");
            sb.Append($"<td class=\"n\">{Fmt.Num(Math.Ceiling(s.MinimumTrackRecordLength), 0)}</td><td class=\"n\">{Fmt.Num(s.Haircut?.HaircutSharpe ?? double.NaN)}</td><td class=\"n\">{Fmt.Metric(s.SignTest.PValue, MetricFormat.Probability)}</td></tr>");
        }

        sb.Append("</tbody></table>");
        string trials = report.Trials >= 2
            ? $"The deflated Sharpe ratio and the haircut account for {report.Trials} trials{(report.Input.TrialSharpes.Count >= 2 ? " supplied with the run" : " (the strategies in this report)")}."
            : "With a single strategy and no trial list, the deflated Sharpe ratio is not computed and the haircut assumes one trial.";
        sb.Append($"<p class=\"note\">PSR(0) is the probability that the true Sharpe ratio is above zero given the track record length, skewness and kurtosis; MinTRL is the number of periods needed for PSR(0) to reach 95%. The Sharpe interval is a 95% stationary-bootstrap percentile interval (Politis–White block length, 500 resamples, fixed seed). {Fmt.Html(trials)}</p></section>");
    }

    private static void TradeList(StringBuilder sb, StrategyReport s)
    {
        IReadOnlyList<TradeRecord> trades = s.Run.Trades;
        sb.Append($"<section><h2>Trades — {Fmt.Html(s.Run.Name)}</h2>");
        if (trades.Count == 0)
        {
            sb.Append("<p class=\"note\">No closed trades were recorded.</p></section>");
            return;
        }

        sb.Append("<div class=\"scroll\"><table class=\"trades\"><thead><tr><th>Symbol</th><th>Entry</th><th>Exit</th><th class=\"n\">Quantity</th><th class=\"n\">Entry price</th><th class=\"n\">Exit price</th><th class=\"n\">P&amp;L</th><th class=\"n\">Return</th><th class=\"n\">MAE</th><th class=\"n\">MFE</th></tr></thead><tbody>");
        foreach (TradeRecord t in trades.Take(MaxTradeRows))
        {
            string neg = t.Pnl < 0 ? " neg" : string.Empty;
            sb.Append($"<tr><td>{Fmt.Html(t.Symbol)}</td><td>{Fmt.Date(t.EntryTime)}</td><td>{Fmt.Date(t.ExitTime)}</td><td class=\"n\">{Fmt.Num(t.Quantity, 0)}</td><td class=\"n\">{Fmt.Num(t.EntryPrice)}</td><td class=\"n\">{Fmt.Num(t.ExitPrice)}</td>");
            sb.Append($"<td class=\"n{neg}\">{Fmt.Num(t.Pnl)}</td><td class=\"n{neg}\">{Fmt.Pct(t.Return)}</td><td class=\"n\">{Fmt.Pct(t.Mae)}</td><td class=\"n\">{Fmt.Pct(t.Mfe)}</td></tr>");
        }

        sb.Append("</tbody></table></div>");
        if (trades.Count > MaxTradeRows)
        {
            sb.Append($"<p class=\"note\">Showing the first {MaxTradeRows} of {trades.Count} trades; all are in the run directory's trades.csv.</p>");
        }

        sb.Append("</section>");
    }

    private static ChartSeries Wealth(ReturnSeries r, string color, DateTimeOffset from)
    {
        ReturnSeries w = Window(r, from, DateTimeOffset.MaxValue);
        var dates = new List<DateTimeOffset>(w.Count + 1) { w.Count > 0 && w.StartDate < w.Dates[0] ? w.StartDate : from };
        var values = new List<double>(w.Count + 1) { 1.0 };
        double wealth = 1.0;
        for (int i = 0; i < w.Count; i++)
        {
            wealth *= 1.0 + w.Values[i];
            if (w.Dates[i] > dates[^1])
            {
                dates.Add(w.Dates[i]);
                values.Add(wealth);
            }
        }

        return new ChartSeries(r.Name, color, dates, values);
    }

    private static ReturnSeries Window(ReturnSeries r, DateTimeOffset from, DateTimeOffset to)
    {
        var idx = Enumerable.Range(0, r.Count).Where(i => r.Dates[i] > from && r.Dates[i] <= to).ToArray();
        return idx.Length == r.Count ? r : r.Select(idx);
    }
}
