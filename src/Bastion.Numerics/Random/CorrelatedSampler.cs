using Bastion.Numerics.LinearAlgebra;

namespace Bastion.Numerics.Random;

/// <summary>
/// Draws correlated vectors x = μ + L z from a covariance Σ = L Lᵀ: multivariate normal, or multivariate Student t
/// (x = μ + L z · √(ν/W), W ~ χ²_ν, so Σ is the scale matrix and the covariance is Σ ν/(ν−2)). Immutable and
/// thread-safe; each caller passes its own <see cref="RandomStream"/>.
/// </summary>
public sealed class CorrelatedSampler
{
    private readonly Cholesky _factor;
    private readonly double[] _mean;

    /// <summary>Builds the sampler.</summary>
    /// <param name="covariance">Symmetric positive definite covariance (or scale) matrix.</param>
    /// <param name="mean">Mean vector; zeros if null.</param>
    /// <exception cref="ArgumentException">Bad shape, non-finite entries, or mean length ≠ order.</exception>
    /// <exception cref="MatrixNotPositiveDefiniteException">Σ is not positive definite (repair it with <see cref="NearestCorrelation"/>).</exception>
    public CorrelatedSampler(double[,] covariance, double[]? mean = null)
    {
        _factor = Cholesky.Factor(covariance);
        if (mean is not null)
        {
            MatrixGuard.Finite(mean, nameof(mean));
            if (mean.Length != _factor.Order)
            {
                throw new ArgumentException($"mean has {mean.Length} entries but the covariance is {_factor.Order}×{_factor.Order}", nameof(mean));
            }
        }

        _mean = mean is null ? new double[_factor.Order] : (double[])mean.Clone();
    }

    /// <summary>Dimension of the draws.</summary>
    public int Dimension => _factor.Order;

    /// <summary>One multivariate normal draw into <paramref name="destination"/>. Allocation-free for dimension ≤ 256.</summary>
    public void NextNormal(RandomStream stream, Span<double> destination) => Next(stream, destination, double.PositiveInfinity);

    /// <summary>One multivariate Student t draw with <paramref name="degreesOfFreedom"/> (&gt; 0) into <paramref name="destination"/>.</summary>
    public void NextStudentT(RandomStream stream, double degreesOfFreedom, Span<double> destination)
    {
        if (!(degreesOfFreedom > 0.0) || double.IsPositiveInfinity(degreesOfFreedom))
        {
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "degrees of freedom must be positive and finite");
        }

        Next(stream, destination, degreesOfFreedom);
    }

    private void Next(RandomStream stream, Span<double> destination, double nu)
    {
        ArgumentNullException.ThrowIfNull(stream);
        int n = Dimension;
        if (destination.Length != n)
        {
            throw new ArgumentException($"destination must have length {n}", nameof(destination));
        }

        Span<double> z = n <= 256 ? stackalloc double[n] : new double[n];
        stream.FillGaussian(z);
        _factor.MultiplyLower(z, destination);
        double scale = double.IsPositiveInfinity(nu) ? 1.0 : Math.Sqrt(nu / stream.NextChiSquared(nu));
        for (int i = 0; i < n; i++)
        {
            destination[i] = _mean[i] + (scale * destination[i]);
        }
    }
}
