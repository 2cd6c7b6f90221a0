using System.CommandLine;
using System.Globalization;
using Bastion.Cli.Infrastructure;
using Bastion.Portfolio.Clustering;
using Bastion.Portfolio.Estimation;
using Bastion.Portfolio.Optimization;

namespace Bastion.Cli.Commands.Portfolio;

/// <summary><c>bastion optimize</c>: portfolio weights from a wide price file by any optimizer of <see cref="PortfolioOptimizers"/>.</summary>
internal static class OptimizeCommand
{
    public static Command Create(CliContext context)
    {
        var shared = new PortfolioOptions();
        var method = new Option<string>("--method") { Description = "Optimizer: " + string.Join(", ", PortfolioOptimizers.Names), Required = true };
        var bounds = new Option<string?>("--weight-bounds") { Description = "LO,HI bounds of every weight (default 0,1; -1,1 allows shorts)" };
        var linkage = new Option<string>("--linkage") { Description = "HRP linkage: single (default), complete, average, ward", DefaultValueFactory = _ => "single" };
        var budgets = new Option<string?>("--risk-budgets") { Description = "Risk-parity budgets as SYMBOL=B pairs separated by commas (equal if omitted)" };
        Option<OutputFormat> format = CommonOptions.Format();
        var command = new Command("optimize", """
            Optimize portfolio weights from prices (PyPortfolioOpt conventions: annualized estimates, risk-free rate 2%).
            Example: bastion optimize --prices data/samples/stock_prices.csv --missing pairwise --method hrp --linkage ward
            Example: bastion optimize --prices prices.csv --method risk-parity --covariance ledoit-wolf --format json
            """)
        {
            method, bounds, linkage, budgets, format,
        };
        shared.AddTo(command);
        command.SetAction(parse =>
        {
            string name = parse.GetValue(method)!;
            if (!PortfolioOptimizers.Names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw new CliUsageException($"--method: unknown optimizer '{name}' (known: {string.Join(", ", PortfolioOptimizers.Names)})");
            }

            (_, ReturnPanel returns) = shared.LoadReturns(parse);
            CovarianceEstimate cov = shared.EstimateCovariance(parse, returns);
            (double lo, double hi) = ParseBounds(parse.GetValue(bounds));
            var inputs = new OptimizationInputs
            {
                Symbols = returns.Symbols,
                ExpectedReturns = shared.ExpectedReturns(parse, returns),
                Covariance = cov.Matrix,
                Returns = returns,
                RiskFreeRate = parse.GetValue(shared.RiskFreeRate),
                Frequency = parse.GetValue(shared.Frequency),
                LowerBound = lo,
                UpperBound = hi,
                Linkage = ParseLinkage(parse.GetValue(linkage)!),
                RiskBudgets = ParseBudgets(parse.GetValue(budgets), returns.Symbols),
            };
            PortfolioAllocation allocation;
            try
            {
                allocation = PortfolioOptimizers.Run(name, inputs);
            }
            catch (ArgumentException ex)
            {
                throw new CliUsageException(ex.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
            }

            (double mu, double vol, double sharpe) = allocation.Status == OptimizationStatus.Optimal
                ? PortfolioOptimizers.Performance(inputs, allocation.Weights)
                : (double.NaN, double.NaN, double.NaN);
            Write(context, parse.GetValue(format), allocation, cov, mu, vol, sharpe, inputs.RiskFreeRate);
            return allocation.Status == OptimizationStatus.Optimal ? ExitCodes.Ok : ExitCodes.Findings;
        });
        return command;
    }

    private static void Write(CliContext context, OutputFormat format, PortfolioAllocation a, CovarianceEstimate cov, double mu, double vol, double sharpe, double riskFree)
    {
        switch (format)
        {
            case OutputFormat.Json:
                Output.WriteJson(context.Out, new
                {
                    method = a.Method,
                    status = a.Status,
                    reason = a.Reason,
                    weights = a.Symbols.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => a.Weights.Count > p.i ? a.Weights[p.i] : double.NaN),
                    expectedReturn = mu,
                    volatility = vol,
                    sharpe,
                    riskFreeRate = riskFree,
                    covariance = new { method = cov.Method, shrinkageIntensity = cov.ShrinkageIntensity, repair = cov.Repair },
                    diagnostics = new { iterations = a.Iterations, solveTimeMs = a.SolveTime.TotalMilliseconds },
                });
                break;
            case OutputFormat.Csv:
                Output.WriteCsv(context.Out, ["symbol", "weight"], a.Symbols.Select((s, i) => (IReadOnlyList<string>)[s, a.Weights[i].ToString("R", CultureInfo.InvariantCulture)]));
                break;
            default:
                if (a.Status != OptimizationStatus.Optimal)
                {
                    context.Out.WriteLine($"{a.Method}: {a.Status}: {a.Reason}");
                    return;
                }

                Output.WriteTable(context.Out, ["symbol", "weight"], a.Symbols.Select((s, i) => (IReadOnlyList<string>)[s, Output.Percent(a.Weights[i])]));
                context.Out.WriteLine($"{a.Method}: expected return {Output.Percent(mu)}, volatility {Output.Percent(vol)}, Sharpe {sharpe:F3} (risk-free {Output.Percent(riskFree)}); covariance {cov.Method}"
                    + (a.Reason is string r ? $"; {r}" : string.Empty));
                break;
        }
    }

    private static (double Lo, double Hi) ParseBounds(string? text)
    {
        if (text is null)
        {
            return (0, 1);
        }

        string[] parts = text.Split(',');
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double lo)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double hi)
            && lo <= hi)
        {
            return (lo, hi);
        }

        throw new CliUsageException($"--weight-bounds must be LO,HI with LO <= HI, got '{text}'");
    }

    private static LinkageMethod ParseLinkage(string text) => text.ToLowerInvariant() switch
    {
        "single" => LinkageMethod.Single,
        "complete" => LinkageMethod.Complete,
        "average" => LinkageMethod.Average,
        "ward" => LinkageMethod.Ward,
        _ => throw new CliUsageException($"--linkage must be single, complete, average or ward, got '{text}'"),
    };

    private static double[]? ParseBudgets(string? text, IReadOnlyList<string> symbols)
    {
        if (text is null)
        {
            return null;
        }

        var budgets = new double[symbols.Count];
        foreach (string pair in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            string[] kv = pair.Split('=');
            int i = kv.Length == 2 ? symbols.ToList().FindIndex(s => string.Equals(s, kv[0], StringComparison.OrdinalIgnoreCase)) : -1;
            if (i < 0)
            {
                throw new CliUsageException($"--risk-budgets: '{pair}' is not SYMBOL=BUDGET for a symbol of the price file");
            }

            budgets[i] = double.TryParse(kv[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double b) && b > 0
                ? b
                : throw new CliUsageException($"--risk-budgets: budget of {kv[0]} must be a positive number");
        }

        int missing = Array.FindIndex(budgets, b => b == 0);
        return missing < 0 ? budgets : throw new CliUsageException($"--risk-budgets: no budget for {symbols[missing]}");
    }
}
