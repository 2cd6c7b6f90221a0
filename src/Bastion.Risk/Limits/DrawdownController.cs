namespace Bastion.Risk.Limits;

/// <summary>
/// A drawdown-based position scalar: 1 while the drawdown from the running peak is at most <see cref="SoftDrawdown"/>,
/// falling linearly to <see cref="MinimumScale"/> at <see cref="HardDrawdown"/> and staying there beyond it.
/// A state machine with one owner: feed it equity values in time order with <see cref="Update"/>. Not thread-safe.
/// </summary>
public sealed class DrawdownController
{
    private double _peak = double.NaN;

    /// <summary>Creates a controller; 0 ≤ soft &lt; hard &lt; 1 and 0 ≤ minimum ≤ 1.</summary>
    public DrawdownController(double softDrawdown, double hardDrawdown, double minimumScale = 0.0)
    {
        if (!(softDrawdown >= 0.0 && softDrawdown < hardDrawdown && hardDrawdown < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(hardDrawdown), hardDrawdown, "need 0 ≤ soft < hard < 1");
        }

        if (!(minimumScale >= 0.0 && minimumScale <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumScale), minimumScale, "minimum scale must be in [0, 1]");
        }

        (SoftDrawdown, HardDrawdown, MinimumScale) = (softDrawdown, hardDrawdown, minimumScale);
    }

    /// <summary>Drawdown (fraction) up to which positions are held at full size.</summary>
    public double SoftDrawdown { get; }

    /// <summary>Drawdown (fraction) at which positions reach <see cref="MinimumScale"/>.</summary>
    public double HardDrawdown { get; }

    /// <summary>The scalar at and beyond the hard drawdown.</summary>
    public double MinimumScale { get; }

    /// <summary>The current drawdown from the running peak (0 before any update).</summary>
    public double Drawdown { get; private set; }

    /// <summary>Records an equity value (positive) and returns the position scalar in [minimum, 1].</summary>
    public double Update(double equity)
    {
        if (!(equity > 0.0) || double.IsInfinity(equity))
        {
            throw new ArgumentOutOfRangeException(nameof(equity), equity, "equity must be positive and finite");
        }

        _peak = double.IsNaN(_peak) ? equity : Math.Max(_peak, equity);
        Drawdown = 1.0 - (equity / _peak);
        if (Drawdown <= SoftDrawdown)
        {
            return 1.0;
        }

        if (Drawdown >= HardDrawdown)
        {
            return MinimumScale;
        }

        double t = (Drawdown - SoftDrawdown) / (HardDrawdown - SoftDrawdown);
        return 1.0 - (t * (1.0 - MinimumScale));
    }
}
