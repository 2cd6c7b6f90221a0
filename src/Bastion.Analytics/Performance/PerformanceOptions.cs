namespace Bastion.Analytics.Performance;

/// <summary>
/// Conventions for <see cref="PerformanceAnalysis"/>. Rates are ANNUAL and converted to per-period rates
/// geometrically, (1 + rate)^(1/periodsPerYear) − 1, before empyrical's per-period formulas are applied.
/// </summary>
public sealed record PerformanceOptions
{
    /// <summary>Observations per year used to annualize (252 trading days by default; 12 monthly, 52 weekly).</summary>
    public double PeriodsPerYear { get; init; } = 252;

    /// <summary>Annual risk-free rate (0.02 = 2%), subtracted per period in Sharpe, alpha and Omega.</summary>
    public double RiskFreeRate { get; init; }

    /// <summary>Annual required (minimum acceptable) return for Sortino, downside risk and the Omega threshold.</summary>
    public double RequiredReturn { get; init; }

    /// <summary>Tail probability for historical VaR and CVaR (0.05 = 95% confidence).</summary>
    public double VarCutoff { get; init; } = 0.05;

    /// <summary>Window, in observations, of rolling Sharpe, volatility and beta (126 ≈ six months of days, as pyfolio).</summary>
    public int RollingWindow { get; init; } = 126;

    /// <summary>How many worst drawdowns the table keeps.</summary>
    public int TopDrawdowns { get; init; } = 5;

    /// <summary>When true, benchmark timestamps that differ from the strategy's are an error instead of being dropped.</summary>
    public bool RequireExactBenchmarkDates { get; init; }

    /// <summary>Per-period risk-free rate.</summary>
    public double RiskFreePerPeriod => ToPerPeriod(RiskFreeRate);

    /// <summary>Per-period required return.</summary>
    public double RequiredPerPeriod => ToPerPeriod(RequiredReturn);

    /// <summary>Checks every field, naming the first bad one.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A field is out of range.</exception>
    public void Validate()
    {
        if (!(PeriodsPerYear > 0.0 && double.IsFinite(PeriodsPerYear)))
        {
            throw new ArgumentOutOfRangeException(nameof(PeriodsPerYear), PeriodsPerYear, "periods per year must be positive");
        }

        if (!(RiskFreeRate > -1.0 && double.IsFinite(RiskFreeRate)))
        {
            throw new ArgumentOutOfRangeException(nameof(RiskFreeRate), RiskFreeRate, "risk-free rate must be a finite annual rate above -1");
        }

        if (!(RequiredReturn > -1.0 && double.IsFinite(RequiredReturn)))
        {
            throw new ArgumentOutOfRangeException(nameof(RequiredReturn), RequiredReturn, "required return must be a finite annual rate above -1");
        }

        if (!(VarCutoff > 0.0 && VarCutoff < 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(VarCutoff), VarCutoff, "VaR cutoff must be in (0, 0.5)");
        }

        if (RollingWindow < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(RollingWindow), RollingWindow, "rolling window must be at least 2");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(TopDrawdowns);
    }

    private double ToPerPeriod(double annual) => Math.Pow(1.0 + annual, 1.0 / PeriodsPerYear) - 1.0;
}
