using System.CommandLine;
using System.Globalization;
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

    public Option<int?> Factors { get; } = new("--factors") { Description = "Factor count K for --covariance factor (default: correlation eigenvalues above the noise edge (1 + sqrt(N/T))^2)" };

    public Option<string> Basis { get; } = new("--factor-basis") { Description = "Matrix the factor model decomposes: correlation (default) or covariance", DefaultValueFactory = _ => "correlation" };

    public Option<double?> DenoiseAlpha { get; } = new("--denoise-alpha") { Description = "Denoised: targeted shrinkage keeping α in [0,1] of the noise correlations (default: constant residual eigenvalue)" };

    public Option<bool> Detone { get; } = new("--detone") { Description = "Denoised: remove the market component (the matrix becomes singular)" };

    public Option<double> KdeBandwidth { get; } = new("--kde-bandwidth") { Description = "Denoised: kernel bandwidth of the Marchenko-Pastur fit (default 0.01)", DefaultValueFactory = _ => 0.01 };

    public Option<int> Frequency { get; } = new("--frequency") { Description = "Periods per year (default 252)", DefaultValueFactory = _ => 252 };

    public Option<double> RiskFreeRate { get; } = new("--risk-free-rate") { Description = "Annual risk-free rate (default 0.02, as PyPortfolioOpt)", DefaultValueFactory = _ => 0.02 };

    private static readonly string[] s_estimators = ["sample", "semicovariance", "exponential", "ledoit-wolf", "ledoit-wolf-constant-correlation", "ledoit-wolf-single-factor", "oas", "factor", "denoised"];

    public void AddTo(Command command)
    {
        command.Options.Add(Prices);
        command.Options.Add(Missing);
        command.Options.Add(ReturnsModel);
        command.Options.Add(Compounding);
        command.Options.Add(Span);
        command.Options.Add(Covariance);
        command.Options.Add(Factors);
        command.Options.Add(Basis);
        command.Options.Add(DenoiseAlpha);
        command.Options.Add(Detone);
        command.Options.Add(KdeBandwidth);
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
        string name = parse.GetValue(Covariance)!.ToLowerInvariant();
        RequireOnlyWith(parse, name, "factor", Factors, Basis);
        RequireOnlyWith(parse, name, "denoised", DenoiseAlpha, Detone, KdeBandwidth);
        return name switch
        {
            "sample" => new SampleCovariance(),
            "semicovariance" => new SemiCovariance(),
            "exponential" => new ExponentialCovariance(span ?? 180),
            "ledoit-wolf" => new LedoitWolfCovariance(ShrinkageTarget.ScaledIdentity),
            "ledoit-wolf-constant-correlation" => new LedoitWolfCovariance(ShrinkageTarget.ConstantCorrelation),
            "ledoit-wolf-single-factor" => new LedoitWolfCovariance(ShrinkageTarget.SingleFactor),
            "oas" => new OracleApproximatingShrinkage(),
            "factor" => FactorModel(parse),
            "denoised" => Denoised(parse),
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

        try
        {
            return estimator.Estimate(returns, parse.GetValue(Frequency));
        }
        catch (ArgumentOutOfRangeException ex) when (estimator is PcaFactorCovariance)
        {
            throw new CliUsageException($"--factors: {parse.GetValue(Factors)} factors for {returns.Assets} assets; at most {returns.Assets}", ex);
        }
        catch (ArgumentOutOfRangeException ex) when (estimator is DenoisedCovariance)
        {
            throw new CliUsageException($"--detone: {returns.Assets} asset(s) leave nothing after removing the market component", ex);
        }
    }

    /// <summary>What the estimate reports beyond its name: shrinkage, factors, signal eigenvalues, repairs (empty when nothing).</summary>
    public static string Describe(CovarianceEstimate e) =>
        (e.ShrinkageIntensity is double d ? $", shrinkage intensity {d:F4}" : string.Empty)
        + (e.FactorCount is int k ? e.NoiseEdge is double edge
            ? $", {k} signal eigenvalue(s) above λ+ {edge:F4}"
            : $", {k} factor(s) explaining {e.ExplainedVariance:P2}" : string.Empty)
        + (e.Repair is string r ? $"; {r}" : string.Empty);

    private PcaFactorCovariance FactorModel(ParseResult parse)
    {
        int? k = parse.GetValue(Factors);
        if (k is < 1)
        {
            throw new CliUsageException($"--factors must be at least 1, got {k}");
        }

        FactorBasis basis = parse.GetValue(Basis)!.ToLowerInvariant() switch
        {
            "correlation" => FactorBasis.Correlation,
            "covariance" => FactorBasis.Covariance,
            string other => throw new CliUsageException($"--factor-basis must be correlation or covariance, got '{other}'"),
        };
        return new PcaFactorCovariance(k, basis);
    }

    private DenoisedCovariance Denoised(ParseResult parse)
    {
        double? alpha = parse.GetValue(DenoiseAlpha);
        if (alpha is double a && !(a >= 0 && a <= 1))
        {
            throw new CliUsageException($"--denoise-alpha must be in [0, 1], got {a.ToString(CultureInfo.InvariantCulture)}");
        }

        double bandwidth = parse.GetValue(KdeBandwidth);
        if (!(bandwidth > 0 && double.IsFinite(bandwidth)))
        {
            throw new CliUsageException($"--kde-bandwidth must be positive, got {bandwidth.ToString(CultureInfo.InvariantCulture)}");
        }

        return new DenoisedCovariance(new DenoisingOptions { Alpha = alpha, Detone = parse.GetValue(Detone), Bandwidth = bandwidth });
    }

    /// <summary>Options that only mean something for one estimator are errors with any other.</summary>
    private static void RequireOnlyWith(ParseResult parse, string chosen, string owner, params Option[] options)
    {
        Option? stray = chosen == owner ? null : options.FirstOrDefault(o => parse.GetResult(o) is { Implicit: false });
        if (stray is not null)
        {
            throw new CliUsageException($"{stray.Name} applies to --covariance {owner} only (got --covariance {chosen})");
        }
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
