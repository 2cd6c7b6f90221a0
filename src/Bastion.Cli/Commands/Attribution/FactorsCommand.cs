using System.CommandLine;
using Bastion.Analytics.Attribution;
using Bastion.Analytics.Series;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Attribution;

/// <summary><c>bastion attribution factors</c>: OLS of excess returns on factor returns with Newey–West t-stats.</summary>
internal static class FactorsCommand
{
    public static Command Create(CliContext context)
    {
        var returns = new Option<string>("--returns") { Description = "CSV: a date column, then simple returns (0.01 = 1%)", Required = true };
        var column = new Option<string?>("--column") { Description = "Return column (default: the first)" };
        var factors = new Option<string>("--factors") { Description = "Factor CSV, Fama–French layout: Date,Mkt-RF,SMB,HML[,RMW,CMA][,Mom],RF (yyyyMMdd, yyyyMM or ISO dates)", Required = true };
        var percent = new Option<bool>("--percent") { Description = "Factor values are in percent (Ken French's files): divide by 100" };
        var lags = new Option<int?>("--lags") { Description = "Newey–West lag L (default floor(4 (n/100)^(2/9)))" };
        var periods = new Option<double>("--periods-per-year") { Description = "Annualization of alpha and contributions (x N, arithmetic). Default 252", DefaultValueFactory = _ => 252 };
        var rf = new Option<string>("--rf-column") { Description = "Risk-free column, subtracted from the returns (default RF)", DefaultValueFactory = _ => "RF" };
        var format = CommonOptions.Format();
        var command = new Command("factors", """
            Factor attribution: regress excess returns on factor returns (OLS, Newey–West HAC standard errors as statsmodels cov_type='HAC'), alpha per period and annualized, betas, R², each factor's contribution (beta x mean factor return).
            Example: bastion attribution factors --returns data/samples/attribution/strategy_returns.csv --column EQW5 --factors data/samples/attribution/factors_daily_percent.csv --percent --lags 5
            """)
        {
            returns, column, factors, percent, lags, periods, rf, format,
        };
        command.SetAction(parse =>
        {
            string f = parse.GetValue(factors)!;
            ReturnSeries series = AttributionCommand.ReadReturns(parse.GetValue(returns)!, parse.GetValue(column));
            bool isPercent = parse.GetValue(percent);
            ReturnPanel panel = AttributionCommand.Guard(() => ReturnPanelFile.Read(f, isPercent), $"--factors {f}");
            double ppy = parse.GetValue(periods);
            if (!(ppy > 0) || !double.IsFinite(ppy))
            {
                throw new CliUsageException("--periods-per-year: must be positive");
            }

            int? l = parse.GetValue(lags);
            if (l is < 0)
            {
                throw new CliUsageException("--lags: must be 0 or more");
            }

            var options = new FactorAttributionOptions { PeriodsPerYear = ppy, Lags = l, RiskFreeColumn = parse.GetValue(rf) };
            FactorAttributionResult r = AttributionCommand.Guard(() => FactorAttribution.Compute(series, panel, options), $"--factors {f}");
            string? warning = !isPercent && panel.LargestMagnitude() > 1
                ? $"warning: {f} has values above 1 (100% per period); Ken French's files are in percent: pass --percent"
                : null;
            Write(context, parse.GetValue(format), r, warning);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(CliContext context, OutputFormat format, FactorAttributionResult r, string? warning)
    {
        if (warning is not null)
        {
            context.Error.WriteLine(warning);
        }

        switch (format)
        {
            case OutputFormat.Json:
                Output.WriteJson(context.Out, new
                {
                    name = r.Name,
                    observations = r.Dates.Count,
                    start = r.Dates[0],
                    end = r.Dates[^1],
                    droppedStrategyDates = r.DroppedStrategyDates,
                    droppedFactorDates = r.DroppedFactorDates,
                    lags = r.Lags,
                    periodsPerYear = r.PeriodsPerYear,
                    alpha = r.Alpha,
                    annualAlpha = r.AnnualAlpha,
                    factors = r.Factors,
                    rSquared = r.RSquared,
                    adjustedRSquared = r.AdjustedRSquared,
                    meanExcessReturn = r.MeanExcessReturn,
                    annualResidualVolatility = r.AnnualResidualVolatility,
                });
                break;
            case OutputFormat.Csv:
                Output.WriteCsv(context.Out, ["term", "coefficient", "standardError", "tStatistic", "pValue", "meanFactorReturn", "contribution", "annualContribution"],
                    r.Factors.Select(e => (IReadOnlyList<string>)[e.Factor, .. Coefficient(e.Beta), AttributionCommand.Raw(e.MeanFactorReturn), AttributionCommand.Raw(e.Contribution), AttributionCommand.Raw(e.AnnualContribution)])
                        .Prepend(["alpha", .. Coefficient(r.Alpha), "1", AttributionCommand.Raw(r.Alpha.Estimate), AttributionCommand.Raw(r.AnnualAlpha)]));
                break;
            default:
                Output.WriteTable(context.Out, ["Term", "Coefficient", "NW std err", "t-stat", "p-value", "Mean factor (ann.)", "Contribution (ann.)"],
                    r.Factors.Select(e => (IReadOnlyList<string>)[e.Factor, Output.Number(e.Beta.Estimate, 5), Output.Number(e.Beta.StandardError, 4), Output.Number(e.Beta.TStatistic, 4), Output.Number(e.Beta.PValue, 4), AttributionCommand.Pct(e.MeanFactorReturn * r.PeriodsPerYear), AttributionCommand.Pct(e.AnnualContribution)])
                        .Prepend(["alpha (per period)", Output.Number(r.Alpha.Estimate, 5), Output.Number(r.Alpha.StandardError, 4), Output.Number(r.Alpha.TStatistic, 4), Output.Number(r.Alpha.PValue, 4), "-", AttributionCommand.Pct(r.AnnualAlpha)]));
                context.Out.WriteLine($"{r.Name}: {r.Dates.Count} periods {r.Dates[0]:yyyy-MM-dd} .. {r.Dates[^1]:yyyy-MM-dd}; R² {Output.Number(r.RSquared, 4)} (adjusted {Output.Number(r.AdjustedRSquared, 4)}); Newey–West lags {r.Lags}");
                context.Out.WriteLine($"mean excess return {AttributionCommand.Pct(r.MeanExcessReturn * r.PeriodsPerYear)} a year = alpha {AttributionCommand.Pct(r.AnnualAlpha)} + factors {AttributionCommand.Pct(r.Factors.Sum(e => e.AnnualContribution))}; residual volatility {AttributionCommand.Pct(r.AnnualResidualVolatility)} a year");
                if (r.DroppedStrategyDates + r.DroppedFactorDates > 0)
                {
                    context.Out.WriteLine($"note: aligned on {r.Dates.Count} common dates; dropped {r.DroppedStrategyDates} return date(s) and {r.DroppedFactorDates} factor date(s)");
                }

                break;
        }
    }

    private static string[] Coefficient(Coefficient c)
        => [AttributionCommand.Raw(c.Estimate), AttributionCommand.Raw(c.StandardError), AttributionCommand.Raw(c.TStatistic), AttributionCommand.Raw(c.PValue)];
}
