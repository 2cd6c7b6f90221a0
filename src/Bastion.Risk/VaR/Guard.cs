namespace Bastion.Risk.VaR;

/// <summary>Argument checks shared by the VaR estimators.</summary>
internal static class Guard
{
    public static void Confidence(double confidence, string name = "confidence")
    {
        if (!(confidence > 0.0 && confidence < 1.0))
        {
            throw new ArgumentOutOfRangeException(name, confidence, "confidence must be in (0, 1), e.g. 0.99");
        }
    }

    public static void Finite(ReadOnlySpan<double> values, int minimumCount, string name)
    {
        if (values.Length < minimumCount)
        {
            throw new ArgumentException($"needs at least {minimumCount} observations, got {values.Length}", name);
        }

        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"element {i} is {values[i]}; all values must be finite", name);
            }
        }
    }

    /// <summary>The fewest observations a historical estimate at <paramref name="confidence"/> needs: one tail observation, ⌈1/(1 − c)⌉.</summary>
    public static int MinimumHistoricalObservations(double confidence)
        => (int)Math.Ceiling((1.0 / (1.0 - confidence)) - 1e-9);
}
