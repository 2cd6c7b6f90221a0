namespace Bastion.Risk.VaR;

/// <summary>Overlapping multi-day returns for <see cref="HorizonScaling.OverlappingReturns"/>.</summary>
public static class MultiDayReturns
{
    /// <summary>
    /// Overlapping h-day compounded simple returns: element t is ∏ₖ₌ₜ..ₜ₊ₕ₋₁ (1 + rₖ) − 1, for t = 0..n − h.
    /// With h = 1 the input is copied.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than h returns, or a non-finite return.</exception>
    public static double[] Overlapping(ReadOnlySpan<double> dailyReturns, int horizonDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(horizonDays, 1);
        Guard.Finite(dailyReturns, horizonDays, nameof(dailyReturns));
        var result = new double[dailyReturns.Length - horizonDays + 1];
        for (int t = 0; t < result.Length; t++)
        {
            double growth = 1.0;
            for (int k = 0; k < horizonDays; k++)
            {
                growth *= 1.0 + dailyReturns[t + k];
            }

            result[t] = growth - 1.0;
        }

        return result;
    }
}
