namespace Bastion.Risk.Limits;

/// <summary>What the limits are checked against. Arrays are indexed like <see cref="Assets"/>.</summary>
/// <param name="Assets">Asset names.</param>
/// <param name="Weights">Position weights (fractions of portfolio value, shorts negative).</param>
/// <param name="PortfolioValue">Portfolio value in currency (for liquidity).</param>
public sealed record PortfolioRiskState(IReadOnlyList<string> Assets, IReadOnlyList<double> Weights, double PortfolioValue)
{
    /// <summary>Sector of each asset (null: no sector limit checked).</summary>
    public IReadOnlyList<string>? Sectors { get; init; }

    /// <summary>Correlation matrix of asset returns (null: no correlation limit checked).</summary>
    public double[,]? Correlation { get; init; }

    /// <summary>Current portfolio VaR as a positive fraction (null: no VaR budget checked).</summary>
    public double? ValueAtRisk { get; init; }

    /// <summary>Today's portfolio return (null: no daily-loss limit checked).</summary>
    public double? DailyReturn { get; init; }

    /// <summary>Average daily traded value of each asset in currency (null: no liquidity limit checked).</summary>
    public IReadOnlyList<double>? AverageDailyVolume { get; init; }
}
