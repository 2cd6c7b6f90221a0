using System.CommandLine;
using Bastion.Analytics.Performance;
using Bastion.Analytics.Series;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Metrics;

/// <summary><c>bastion metrics</c>: performance metrics of return (or price) series, optionally against a benchmark.</summary>
internal static class MetricsCommand
{
    public static Command Create(CliContext context)
    {
        var returns = new Option<string?>("--returns") { Description = "CSV: a date column, then one or more columns of simple returns (0.01 = 1%)" };
        var prices = new Option<string?>("--prices") { Description = "CSV: a date column, then price columns; converted to simple returns" };
        var column = new Option<string?>("--column") { Description = "Only this column (default: every column, side by side)" };
        var benchmark = new Option<string?>("--benchmark") { Description = "Benchmark CSV, same kind as the input (returns with --returns, prices with --prices)" };
        var benchmarkColumn = new Option<string?>("--benchmark-column") { Description = "Benchmark column (default: the first)" };
        var riskFree = new Option<double>("--risk-free-rate") { Description = "ANNUAL risk-free rate, converted per period as (1+r)^(1/N)-1 (default 0)" };
        var periods = new Option<double>("--periods-per-year") { Description = "Annualization factor (default 252)", DefaultValueFactory = _ => 252 };
        var required = new Option<double>("--required-return") { Description = "ANNUAL required return for Sortino, downside risk and Omega (default 0)" };
        var strict = new Option<bool>("--strict-dates") { Description = "Fail when benchmark dates differ instead of aligning on the common dates" };
        var format = CommonOptions.Format();
        var command = new Command("metrics", """
            Performance metrics with empyrical's conventions: CAGR, volatility, Sharpe, Sortino, Calmar, Omega, drawdown, VaR/CVaR, alpha/beta...
            Example: bastion metrics --prices prices.csv --column ORCL --benchmark spy.csv --risk-free-rate 0.02
            """)
        {
            returns, prices, column, benchmark, benchmarkColumn, riskFree, periods, required, strict, format,
        };
        command.SetAction(parse =>
        {
            string? r = parse.GetValue(returns), p = parse.GetValue(prices);
            if ((r is null) == (p is null))
            {
                throw new CliUsageException("give exactly one of --returns FILE or --prices FILE");
            }

            var options = new PerformanceOptions
            {
                PeriodsPerYear = parse.GetValue(periods),
                RiskFreeRate = parse.GetValue(riskFree),
                RequiredReturn = parse.GetValue(required),
                RequireExactBenchmarkDates = parse.GetValue(strict),
            };
            Validate(options);
            bool isPrices = p is not null;
            string input = r ?? p!;
            IReadOnlyList<ReturnSeries> series = SeriesFile.Read(input, isPrices ? "--prices" : "--returns", parse.GetValue(column), isPrices);
            RequireObservations(series, input, isPrices);
            ReturnSeries? bench = null;
            if (parse.GetValue(benchmark) is { } b)
            {
                bench = SeriesFile.Read(b, "--benchmark", parse.GetValue(benchmarkColumn), isPrices)[0];
                RequireObservations([bench], b, isPrices);
            }

            var results = new List<PerformanceMetrics>();
            foreach (ReturnSeries s in series)
            {
                try
                {
                    results.Add(PerformanceAnalysis.Compute(s, options, bench));
                }
                catch (ArgumentException ex) when (ex.ParamName == "benchmark")
                {
                    throw new CliUsageException($"{CliUsageException.From(ex, $"--benchmark {parse.GetValue(benchmark)}").Message}; drop --strict-dates to align on common dates", ex);
                }
            }

            MetricsOutput.Write(context, parse.GetValue(format), results);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>An empty series has no metric at all: an error naming the column, not a table of "undefined".</summary>
    private static void RequireObservations(IReadOnlyList<ReturnSeries> series, string file, bool prices)
    {
        foreach (ReturnSeries s in series)
        {
            if (s.Count == 0)
            {
                throw new CliUsageException(prices
                    ? $"{file}: column '{s.Name}' has fewer than 2 prices, so no returns"
                    : $"{file}: column '{s.Name}' has no returns (every cell is empty)");
            }
        }
    }

    /// <summary>Validates options, naming the command-line option of the first bad field.</summary>
    internal static void Validate(PerformanceOptions options)
    {
        try
        {
            options.Validate();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            string option = ex.ParamName switch
            {
                nameof(PerformanceOptions.PeriodsPerYear) => "--periods-per-year",
                nameof(PerformanceOptions.RiskFreeRate) => "--risk-free-rate",
                nameof(PerformanceOptions.RequiredReturn) => "--required-return",
                _ => ex.ParamName ?? "option",
            };
            throw CliUsageException.From(ex, option);
        }
    }
}
