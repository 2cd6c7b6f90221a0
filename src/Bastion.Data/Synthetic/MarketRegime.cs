namespace Bastion.Data.Synthetic;

/// <summary>The hidden state of the synthetic market's two-state Markov chain.</summary>
public enum MarketRegime
{
    /// <summary>Low volatility, positive drift, the base correlation.</summary>
    Calm,

    /// <summary>High volatility, negative drift, correlations pulled towards one.</summary>
    Crisis,
}
