namespace Bastion.Portfolio.Estimation;

/// <summary>Settings of <see cref="DenoisedCovariance"/>, validated when the estimator is built.</summary>
public sealed record DenoisingOptions
{
    /// <summary>
    /// Bandwidth of the Gaussian kernel density of the eigenvalues in the Marchenko–Pastur fit (correlation-eigenvalue
    /// units; default 0.01, the book's). The fitted σ², hence λ₊ and the number of signal eigenvalues, depend on it.
    /// </summary>
    public double Bandwidth { get; init; } = 0.01;

    /// <summary>
    /// Null (default): constant residual eigenvalue method. A value α in [0, 1]: targeted shrinkage, keeping α of the
    /// noise correlations' off-diagonal part (α = 1 leaves the sample correlation unchanged, α = 0 keeps only its diagonal).
    /// </summary>
    public double? Alpha { get; init; }

    /// <summary>Remove the top <see cref="MarketComponents"/> component(s) after denoising (the result is singular).</summary>
    public bool Detone { get; init; }

    /// <summary>Number of market components removed by detoning (default 1).</summary>
    public int MarketComponents { get; init; } = 1;

    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentException">The message names the setting.</exception>
    public void Validate()
    {
        if (!(Bandwidth > 0 && double.IsFinite(Bandwidth)))
        {
            throw new ArgumentException($"Bandwidth must be positive and finite, got {Bandwidth}", nameof(Bandwidth));
        }

        if (Alpha is double a && !(a >= 0 && a <= 1))
        {
            throw new ArgumentException($"Alpha must be in [0, 1], got {a}", nameof(Alpha));
        }

        if (MarketComponents < 1)
        {
            throw new ArgumentException($"MarketComponents must be at least 1, got {MarketComponents}", nameof(MarketComponents));
        }
    }
}
