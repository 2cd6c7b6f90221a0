namespace Bastion.Portfolio.Rebalancing;

/// <summary>What the rebalancer sees on a decision date. Quantities and prices are per unit (shares, contracts × multiplier in the price).</summary>
/// <param name="Date">Decision date.</param>
/// <param name="Cash">Cash in the portfolio's currency.</param>
/// <param name="Holdings">Symbol → signed quantity held.</param>
/// <param name="Prices">Symbol → price per unit; every held or targeted symbol needs one.</param>
public sealed record PortfolioState(DateOnly Date, decimal Cash, IReadOnlyDictionary<string, decimal> Holdings, IReadOnlyDictionary<string, decimal> Prices)
{
    /// <summary>Realized (annualized) volatility of the portfolio, for the volatility trigger.</summary>
    public double? RealizedVolatility { get; init; }

    /// <summary>Set when a risk limit is breached (the text says which), for the risk-limit trigger.</summary>
    public string? RiskLimitBreach { get; init; }

    /// <summary>Covariance of the assets in <see cref="CovarianceSymbols"/> order, for cost-aware decisions.</summary>
    public double[,]? Covariance { get; init; }

    /// <summary>Symbols of <see cref="Covariance"/>'s rows and columns.</summary>
    public IReadOnlyList<string>? CovarianceSymbols { get; init; }

    /// <summary>Symbol → lot size (quantity step); 1 when absent.</summary>
    public IReadOnlyDictionary<string, decimal>? LotSizes { get; init; }
}
