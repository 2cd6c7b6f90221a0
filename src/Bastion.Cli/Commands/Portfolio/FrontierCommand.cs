using System.CommandLine;
using System.Globalization;
using Bastion.Analytics.Reports.Portfolio;
using Bastion.Cli.Infrastructure;
using Bastion.Data.Csv;
using Bastion.Portfolio.Estimation;
using Bastion.Portfolio.Optimization;

namespace Bastion.Cli.Commands.Portfolio;

/// <summary><c>bastion frontier</c>: the efficient frontier as N (return, volatility, weights) points.</summary>
internal static class FrontierCommand
{
    public static Command Create(CliContext context)
    {
        var shared = new PortfolioOptions();
        var points = new Option<int>("--points") { Description = "Number of frontier points (default 20)", DefaultValueFactory = _ => 20 };
        var report = new Option<string?>("--report") { Description = "Also write an offline HTML page: the frontier with equal-weight, min-volatility, max-sharpe, risk-parity and hrp marked, their weights and risk contributions" };
        Option<OutputFormat> format = CommonOptions.Format();
        var command = new Command("frontier", """
            The long-only efficient frontier from the minimum-volatility portfolio to the maximum-return corner.
            Example: bastion frontier --prices data/samples/stock_prices.csv --missing drop --covariance ledoit-wolf --points 15
            Example: bastion frontier --prices data/samples/stock_prices.csv --missing drop --covariance factor --factors 2
            Example: bastion frontier --prices data/samples/stock_prices.csv --missing pairwise --report portfolio.html
            """)
        {
            points, report, format,
        };
        shared.AddTo(command);
        command.SetAction(parse =>
        {
            int n = parse.GetValue(points);
            if (n < 2)
            {
                throw new CliUsageException($"--points must be at least 2, got {n}");
            }

            string? reportPath = parse.GetValue(report);
            PortfolioReportBuilder.CheckTarget(reportPath);
            (PriceMatrix prices, ReturnPanel returns) = shared.LoadReturns(parse);
            CovarianceEstimate cov = shared.EstimateCovariance(parse, returns);
            var inputs = new OptimizationInputs
            {
                Symbols = returns.Symbols,
                ExpectedReturns = shared.ExpectedReturns(parse, returns),
                Covariance = cov.Matrix,
                Returns = returns,
                RiskFreeRate = parse.GetValue(shared.RiskFreeRate),
                Frequency = parse.GetValue(shared.Frequency),
            };
            IReadOnlyList<FrontierPoint> frontier = EfficientFrontier.Compute(inputs, n, out string? failure);
            if (failure is not null)
            {
                context.Out.WriteLine($"frontier: {failure}");
                return ExitCodes.Findings;
            }

            IReadOnlyList<string> s = returns.Symbols;
            OutputFormat fmt = parse.GetValue(format);
            switch (fmt)
            {
                case OutputFormat.Json:
                    Output.WriteJson(context.Out, new
                    {
                        covariance = cov.Method,
                        covarianceFactorCount = cov.FactorCount,
                        covarianceNoiseEdge = cov.NoiseEdge,
                        points = frontier.Select(p => new
                        {
                            expectedReturn = p.ExpectedReturn,
                            volatility = p.Volatility,
                            sharpe = (p.ExpectedReturn - inputs.RiskFreeRate) / p.Volatility,
                            weights = s.Select((sym, i) => (sym, i)).ToDictionary(x => x.sym, x => p.Weights[x.i]),
                        }),
                    });
                    break;
                default:
                    IEnumerable<IReadOnlyList<string>> rows = frontier.Select(p => (IReadOnlyList<string>)
                        [Output.Percent(p.ExpectedReturn), Output.Percent(p.Volatility), ((p.ExpectedReturn - inputs.RiskFreeRate) / p.Volatility).ToString("F3", CultureInfo.InvariantCulture),
                         .. p.Weights.Select(w => Output.Percent(w))]);
                    if (parse.GetValue(format) == OutputFormat.Csv)
                    {
                        Output.WriteCsv(context.Out, ["return", "volatility", "sharpe", .. s], rows);
                    }
                    else
                    {
                        Output.WriteTable(context.Out, ["return", "volatility", "sharpe", .. s], rows);
                    }

                    break;
            }

            if (reportPath is not null)
            {
                PortfolioReport built = PortfolioReportBuilder.Build(
                    $"Efficient frontier of {Path.GetFileName(parse.GetValue(shared.Prices))}", shared.Describe(parse, prices, returns, cov), inputs,
                    [.. PortfolioReportBuilder.StandardMethods.Select(m => PortfolioOptimizers.Run(m, inputs))], frontier, []);
                PortfolioReportBuilder.WritePage(context, fmt, reportPath, built);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
