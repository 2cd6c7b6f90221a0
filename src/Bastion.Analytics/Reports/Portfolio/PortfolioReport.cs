namespace Bastion.Analytics.Reports.Portfolio;

/// <summary>
/// The numbers of a portfolio-construction report, computed by the caller (the CLI runs Bastion.Portfolio's estimators
/// and optimizers) and passed in as plain numbers: the assets' expected returns and volatilities, the efficient frontier,
/// and a handful of portfolios with their weights and risk contributions. Returns and volatilities are annualized
/// simple-return fractions (0.12 = 12% a year); weights and risk contributions are fractions that each sum to one.
/// </summary>
public sealed record PortfolioReport
{
    /// <summary>Heading of the section (e.g. the universe and period).</summary>
    public string Title { get; init; } = "Portfolio construction";

    /// <summary>How the inputs were estimated (covariance estimator, expected-return model, missing-data policy, sample).</summary>
    public string Estimation { get; init; } = string.Empty;

    /// <summary>Asset names; every per-asset list below is aligned with them.</summary>
    public required IReadOnlyList<string> Symbols { get; init; }

    /// <summary>Annual expected return of each asset.</summary>
    public required IReadOnlyList<double> AssetReturns { get; init; }

    /// <summary>Annual volatility of each asset, √Σᵢᵢ.</summary>
    public required IReadOnlyList<double> AssetVolatilities { get; init; }

    /// <summary>Annual risk-free rate used for the Sharpe ratios.</summary>
    public double RiskFreeRate { get; init; }

    /// <summary>Efficient-frontier points from the minimum-volatility portfolio upwards; empty when not computed.</summary>
    public IReadOnlyList<RiskReturnPoint> Frontier { get; init; } = [];

    /// <summary>The portfolios shown, in display order. At least one.</summary>
    public required IReadOnlyList<PortfolioSummary> Portfolios { get; init; }

    /// <summary>Remarks shown under the section (e.g. an optimizer that did not converge, a frontier that failed).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Checks shapes and values; called before anything is rendered or written.</summary>
    /// <exception cref="ArgumentException">No symbols or portfolios, lists of the wrong length, or non-finite numbers; the message names the list.</exception>
    public void Validate()
    {
        int n = Symbols.Count;
        if (n == 0)
        {
            throw new ArgumentException("a portfolio report needs at least one asset", nameof(Symbols));
        }

        if (Portfolios.Count == 0)
        {
            throw new ArgumentException("a portfolio report needs at least one portfolio", nameof(Portfolios));
        }

        RequireFinite(AssetReturns, n, nameof(AssetReturns));
        RequireFinite(AssetVolatilities, n, nameof(AssetVolatilities));
        foreach (RiskReturnPoint p in Frontier)
        {
            if (!double.IsFinite(p.ExpectedReturn) || !(p.Volatility >= 0) || double.IsInfinity(p.Volatility))
            {
                throw new ArgumentException($"frontier point ({p.Volatility}, {p.ExpectedReturn}) is not finite", nameof(Frontier));
            }
        }

        foreach (PortfolioSummary p in Portfolios)
        {
            RequireFinite(p.Weights, n, $"{p.Name} weights");
            RequireFinite(p.RiskContributions, n, $"{p.Name} risk contributions");
            if (!double.IsFinite(p.ExpectedReturn) || !double.IsFinite(p.Volatility))
            {
                throw new ArgumentException($"{p.Name}: expected return and volatility must be finite", nameof(Portfolios));
            }
        }
    }

    private static void RequireFinite(IReadOnlyList<double> values, int n, string name)
    {
        if (values.Count != n)
        {
            throw new ArgumentException($"{name}: {values.Count} values for {n} assets", name);
        }

        foreach (double v in values)
        {
            if (!double.IsFinite(v))
            {
                throw new ArgumentException($"{name}: {v} is not a finite number", name);
            }
        }
    }
}
