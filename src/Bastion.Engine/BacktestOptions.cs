using Bastion.Core.Money;
using Bastion.Engine.Costs;

namespace Bastion.Engine;

/// <summary>
/// Settings of one backtest. Immutable; <see cref="Backtest.Run"/> validates them once before it starts.
/// </summary>
public sealed record BacktestOptions
{
    /// <summary>Cash at the start, in <see cref="BaseCurrency"/>. 100 000 by default.</summary>
    public decimal InitialCash { get; init; } = 100_000m;

    /// <summary>Currency equity is reported in. US dollars by default.</summary>
    public Currency BaseCurrency { get; init; } = Currency.Usd;

    /// <summary>
    /// Units of base currency per unit of each other currency an instrument trades in (EUR → 1.08 with a USD base).
    /// Constant over the run in this version. An instrument in a currency without a rate is an error at start.
    /// </summary>
    public IReadOnlyDictionary<Currency, decimal> FxRates { get; init; } = new Dictionary<Currency, decimal>();

    /// <summary>Commission per fill. None by default.</summary>
    public ICommissionModel Commission { get; init; } = NoCommission.Instance;

    /// <summary>Adverse slippage in basis points applied to market, market-on-open/close, stop and trailing-stop fills (buys pay more, sells get less); not to limit fills. 0 by default.</summary>
    public decimal SlippageBasisPoints { get; init; }

    /// <summary>When market orders fill; <see cref="MarketFillTiming.NextBarOpen"/> by default.</summary>
    public MarketFillTiming MarketFill { get; init; } = MarketFillTiming.NextBarOpen;

    /// <summary>
    /// Largest fraction of a bar's volume one order may take (0.1 = 10%); the rest stays working (partial fills).
    /// Null (the default) fills any quantity.
    /// </summary>
    public decimal? MaxVolumeParticipation { get; init; }

    /// <summary>How often the equity curve gets a point; every time step by default.</summary>
    public EquitySampling EquitySampling { get; init; } = EquitySampling.EveryTimeStep;

    internal void Validate()
    {
        if (InitialCash < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(InitialCash), InitialCash, "initial cash must not be negative");
        }

        ArgumentException.ThrowIfNullOrEmpty(BaseCurrency.Code, nameof(BaseCurrency));
        ArgumentNullException.ThrowIfNull(FxRates, nameof(FxRates));
        ArgumentNullException.ThrowIfNull(Commission, nameof(Commission));
        foreach (KeyValuePair<Currency, decimal> rate in FxRates)
        {
            if (rate.Value <= 0m)
            {
                throw new ArgumentOutOfRangeException(nameof(FxRates), rate.Value, $"FX rate of {rate.Key} must be positive");
            }
        }

        if (SlippageBasisPoints is < 0m or >= 10_000m)
        {
            throw new ArgumentOutOfRangeException(nameof(SlippageBasisPoints), SlippageBasisPoints, "slippage must be between 0 and 10 000 basis points");
        }

        if (MaxVolumeParticipation is decimal p && (p <= 0m || p > 1m))
        {
            throw new ArgumentOutOfRangeException(nameof(MaxVolumeParticipation), p, "volume participation must be in (0, 1]");
        }

        if (!Enum.IsDefined(MarketFill) || !Enum.IsDefined(EquitySampling))
        {
            throw new ArgumentException("unknown market fill timing or equity sampling", nameof(MarketFill));
        }
    }
}
