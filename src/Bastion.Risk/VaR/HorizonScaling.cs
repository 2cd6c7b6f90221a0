namespace Bastion.Risk.VaR;

/// <summary>How a one-day estimate becomes a multi-day one. Named explicitly because the two disagree for fat tails and autocorrelated returns.</summary>
public enum HorizonScaling
{
    /// <summary>
    /// The one-day VaR and ES multiplied by √h (zero-drift square-root-of-time rule, as in the Basel market-risk
    /// framework). Exact only for i.i.d. zero-mean normal returns.
    /// </summary>
    SquareRootOfTime = 1,

    /// <summary>
    /// The method is applied to overlapping h-day compounded returns ∏(1 + rₜ) − 1 over every window of h
    /// consecutive days (n − h + 1 windows). Overlap makes the windows dependent; the sample must be long enough.
    /// </summary>
    OverlappingReturns = 2,
}
