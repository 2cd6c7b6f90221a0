namespace Bastion.Numerics.Regression;

/// <summary>Lag truncation rules for Newey–West standard errors.</summary>
public static class NeweyWestLag
{
    /// <summary>
    /// Newey and West (1994) rule of thumb for the Bartlett kernel: L = ⌊4 (n/100)^(2/9)⌋ (as used by EViews and
    /// Stata's <c>newey</c> documentation; statsmodels needs the lag passed explicitly).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="observations"/> is not positive.</exception>
    public static int NeweyWest1994(int observations)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(observations);
        return (int)Math.Floor(4.0 * Math.Pow(observations / 100.0, 2.0 / 9.0));
    }
}
