using System.CommandLine;
using Bastion.Cli.Infrastructure;
using Bastion.Data;
using Bastion.Data.Csv;
using Bastion.Portfolio.Estimation;
using Bastion.Portfolio.Returns;

namespace Bastion.Cli.Commands.Portfolio;

/// <summary>The options shared by the portfolio commands: where prices come from and how returns and risk are estimated.</summary>
internal sealed class PortfolioOptions
{
    public Option<string> Prices { get; } = new("--prices") { Description = "Wide price CSV: a date column, one column per symbol, blank = missing", Required = true };

    public Option<string> Missing { get; } = new("--missing") { Description = "Missing prices: fail (default, names the first row), drop, ffill or pairwise", DefaultValueFactory = _ => "fail" };

    public Option<string> ReturnsModel { get; } = new("--returns") { Description = "Expected returns: mean (default), ema or capm", DefaultValueFactory = _ => "mean" };

    public Option<bool> Compounding { get; } = new("--compounding") { Description = "Geometric (CAGR) mean returns (default true); false for arithmetic", DefaultValueFactory = _ => true };

    public Option<int> Span { get; } = new("--span") { Description = "Span for ema returns (default 500) and exponential covariance (default 180)" };

    public Option<string> Covariance { get; } = new("--covariance") { Description = "Covariance estimator: " + string.Join(", ", s_estimators), DefaultValueFactory = _ => "sample" };

    public Option<int> Frequency { get; } = new("--frequency") { Description = "Periods per year (default 252)", DefaultValueFactory = _ => 252 };

    public Option<double> RiskFreeRate { get; } = new("--risk-free-rate") { Description = "Annual risk-free rate (default 0.02, as PyPortfolioOpt)", DefaultValueFactory = _ => 0.02 };

    private static readonly string[] s_estimators = ["sample", "semicovariance", "exponential", "ledoit-wolf", "ledoit-wolf-constant-correlation", "ledoit-wolf-single-factor", "oas"];

    public void AddTo(Command command)
    {
        command.Options.Add(Prices);
        command.Options.Add(Missing);
        command.Options.Add(ReturnsModel);
        command.Options.Add(Compounding);
        command.Options.Add(Span);
        command.Options.Add(Covariance);
        command.Options.Add(Frequency);
        command.Options.Add(RiskFreeRate);
    }

    /// <summary>Reads the prices and builds the return panel, with every input problem as a one-line usage error.</summary>
    public (PriceMatrix Prices, ReturnPanel Returns) LoadReturns(ParseResult parse)
    {
        string path = parse.GetValue(Prices)!;
        if (!File.Exists(path))
        {
            throw new CliUsageException($"{path}: price file not found");
        }

        MissingPolicy policy = parse.GetValue(Missing)!.ToLowerInvariant() switch
        {
            "fail" => MissingPolicy.Fail,
            "drop" => MissingPolicy.Drop,
            "ffill" => MissingPolicy.ForwardFill,
            "pairwise" => MissingPolicy.Pairwise,
            string other => throw new CliUsageException($"--missing must be fail, drop, ffill or pairwise, got '{other}'"),
        };
        if (parse.GetValue(Frequency) <= 0)
        {
            throw new CliUsageException("--frequency must be positive");
        }

        PriceMatrix prices;
        try
        {
            prices = WidePriceReader.Read(path);
        }
        catch (DataFormatException ex)
        {
            throw new CliUsageException(ex.Message);
        }

        if (policy == MissingPolicy.Fail)
        {
            for (int r = 0; r < prices.RowCount; r++)
            {
                for (int c = 0; c < prices.ColumnCount; c++)
                {
                    if (double.IsNaN(prices[r, c]))
                    {
                        throw new CliUsageException(
                            $"{path}: {prices.Dates[r]:yyyy-MM-dd}: price of {prices.Symbols[c]} is missing (choose --missing drop, ffill or pairwise)");
                    }
                }
            }
        }

        try
        {
            return (prices, ReturnPanel.FromPrices(prices.ToArray(), prices.Symbols, policy));
        }
        catch (ArgumentException ex)
        {
            throw CliUsageException.From(ex, $"{path}");
        }
    }

    /// <summary>The <see cref="PortfolioReportBuilder.Describe"/> line for these options.</summary>
    public string Describe(ParseResult parse, PriceMatrix prices, ReturnPanel returns, CovarianceEstimate cov)
    {
        string model = parse.GetValue(ReturnsModel)!.ToLowerInvariant() + (parse.GetValue(Compounding) ? " (compounded)" : " (arithmetic)");
        return PortfolioReportBuilder.Describe(Path.GetFileName(parse.GetValue(Prices)!), prices, returns, cov, model, parse.GetValue(Missing)!.ToLowerInvariant());
    }

    public ICovarianceEstimator Estimator(ParseResult parse)
    {
        int? span = parse.GetValue(Span) is int s && s > 0 ? s : null;
        return parse.GetValue(Covariance)!.ToLowerInvariant() switch
        {
            "sample" => new SampleCovariance(),
            "semicovariance" => new SemiCovariance(),
            "exponential" => new ExponentialCovariance(span ?? 180),
            "ledoit-wolf" => new LedoitWolfCovariance(ShrinkageTarget.ScaledIdentity),
            "ledoit-wolf-constant-correlation" => new LedoitWolfCovariance(ShrinkageTarget.ConstantCorrelation),
            "ledoit-wolf-single-factor" => new LedoitWolfCovariance(ShrinkageTarget.SingleFactor),
            "oas" => new OracleApproximatingShrinkage(),
            string other => throw new CliUsageException($"--covariance: unknown estimator '{other}' (known: {string.Join(", ", s_estimators)})"),
        };
    }

    public CovarianceEstimate EstimateCovariance(ParseResult parse, ReturnPanel returns)
    {
        ICovarianceEstimator estimator = Estimator(parse);
        if (estimator is SampleCovariance && returns.Periods <= returns.Assets)
        {
            throw new CliUsageException(
                $"{returns.Periods} return periods for {returns.Assets} assets: the sample covariance is singular; use --covariance ledoit-wolf (or oas) to shrink it");
        }

        return estimator.Estimate(returns, parse.GetValue(Frequency));
    }

    public double[] ExpectedReturns(ParseResult parse, ReturnPanel returns)
    {
        int frequency = parse.GetValue(Frequency);
        bool compounding = parse.GetValue(Compounding);
        return parse.GetValue(ReturnsModel)!.ToLowerInvariant() switch
        {
            "mean" => Bastion.Portfolio.Returns.ExpectedReturns.MeanHistorical(returns, compounding, frequency),
            "ema" => Bastion.Portfolio.Returns.ExpectedReturns.ExponentiallyWeighted(returns, parse.GetValue(Span) is int s && s > 0 ? s : 500, compounding, frequency),
            "capm" => Bastion.Portfolio.Returns.ExpectedReturns.Capm(returns, parse.GetValue(RiskFreeRate), default, compounding, frequency),
            string other => throw new CliUsageException($"--returns must be mean, ema or capm, got '{other}'"),
        };
    }
}
