namespace Bastion.Analytics.Trades;

/// <summary>
/// Statistics of a list of closed trades, plus time in market and turnover measured against the equity curve.
/// Money figures in account currency; returns and excursions as fractions. NaN when undefined (no trades, no losses).
/// </summary>
public sealed record TradeStatistics
{
    /// <summary>Number of trades.</summary>
    public required int Trades { get; init; }

    /// <summary>Trades with P&amp;L &gt; 0.</summary>
    public required int Winners { get; init; }

    /// <summary>Trades with P&amp;L &lt; 0 (flat trades are neither).</summary>
    public required int Losers { get; init; }

    /// <summary>Winners / trades.</summary>
    public required double WinRate { get; init; }

    /// <summary>Gross profit / |gross loss|; +∞ with profits and no losses, NaN without either.</summary>
    public required double ProfitFactor { get; init; }

    /// <summary>Expectancy: mean P&amp;L per trade, in currency.</summary>
    public required double Expectancy { get; init; }

    /// <summary>Mean trade return (fraction of entry notional).</summary>
    public required double AverageReturn { get; init; }

    /// <summary>Mean P&amp;L of winning trades.</summary>
    public required double AverageWin { get; init; }

    /// <summary>Mean P&amp;L of losing trades (negative).</summary>
    public required double AverageLoss { get; init; }

    /// <summary>Largest single P&amp;L.</summary>
    public required double LargestWin { get; init; }

    /// <summary>Smallest single P&amp;L (the largest loss, negative).</summary>
    public required double LargestLoss { get; init; }

    /// <summary>Mean holding time.</summary>
    public required TimeSpan AverageHoldingTime { get; init; }

    /// <summary>Mean maximum adverse excursion (fraction, ≤ 0).</summary>
    public required double AverageMae { get; init; }

    /// <summary>Mean maximum favourable excursion (fraction, ≥ 0).</summary>
    public required double AverageMfe { get; init; }

    /// <summary>Fraction of equity-curve periods during which at least one trade was open (time in market).</summary>
    public required double Exposure { get; init; }

    /// <summary>
    /// Annualized one-way turnover: Σ|q|·(entry + exit) / 2 / mean equity / years, where years is the equity span
    /// in periods / periods per year. 1.0 = the book traded once a year.
    /// </summary>
    public required double AnnualTurnover { get; init; }
}
