namespace Bastion.Pricing.Volatility;

/// <summary>Outcome of an implied-volatility inversion.</summary>
public enum ImpliedVolatilityStatus
{
    /// <summary>A volatility reproducing the price was found.</summary>
    Solved,

    /// <summary>The price is at or below the option's intrinsic value (no positive volatility reproduces it).</summary>
    BelowIntrinsic,

    /// <summary>The price is at or above the no-arbitrage upper bound (discounted forward for a call, discounted strike for a put).</summary>
    AboveUpperBound,

    /// <summary>The iteration did not reach the accuracy asked for.</summary>
    NotConverged,
}
