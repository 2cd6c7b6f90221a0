using Bastion.Numerics.LinearAlgebra;
using Bastion.Risk.VaR;
using NormalDistribution = Bastion.Numerics.Distributions.Normal;

namespace Bastion.Risk.Portfolio;

/// <summary>
/// Parametric normal (delta-normal, RiskMetrics) VaR and ES of a portfolio from position values v (currency), a
/// covariance matrix Σ of one-period asset returns and optional mean returns μ (zero by default, the RiskMetrics convention):
/// σₚ = √(vᵀΣv), VaR = −vᵀμ + z_c σₚ, ES = −vᵀμ + σₚ φ(z_c)/(1 − c), z_c = Φ⁻¹(c).
/// Marginal VaRᵢ = −μᵢ + z_c (Σv)ᵢ/σₚ (and φ(z_c)/(1 − c) in place of z_c for ES); components vᵢ·marginalᵢ sum to the totals.
/// Weights instead of values give VaR as a fraction of the portfolio value. Thread-safe.
/// </summary>
public static class CovarianceRisk
{
    /// <summary>VaR and ES with the full decomposition.</summary>
    /// <exception cref="ArgumentException">Shapes disagree, the covariance is not symmetric positive semi-definite, or a value is not finite.</exception>
    public static RiskDecomposition Decompose(ReadOnlySpan<double> positionValues, double[,] covariance, double confidence, ReadOnlySpan<double> meanReturns = default)
    {
        ArgumentNullException.ThrowIfNull(covariance);
        Guard.Confidence(confidence);
        Guard.Finite(positionValues, 1, nameof(positionValues));
        int n = positionValues.Length;
        if (covariance.GetLength(0) != n || covariance.GetLength(1) != n)
        {
            throw new ArgumentException($"covariance is {covariance.GetLength(0)}×{covariance.GetLength(1)} for {n} positions", nameof(covariance));
        }

        if (!meanReturns.IsEmpty && meanReturns.Length != n)
        {
            throw new ArgumentException($"{meanReturns.Length} mean returns for {n} positions", nameof(meanReturns));
        }

        RequirePositiveSemiDefinite(covariance);
        double z = NormalDistribution.InverseCdf(confidence);
        double esFactor = NormalDistribution.Pdf(z) / (1.0 - confidence);
        var v = positionValues.ToArray();
        var sigmaV = new double[n];
        double variance = 0.0, drift = 0.0;
        for (int i = 0; i < n; i++)
        {
            double acc = 0.0;
            for (int j = 0; j < n; j++)
            {
                acc += covariance[i, j] * v[j];
            }

            sigmaV[i] = acc;
            variance += v[i] * acc;
            drift += meanReturns.IsEmpty ? 0.0 : v[i] * meanReturns[i];
        }

        double sigma = Math.Sqrt(Math.Max(variance, 0.0));
        var total = new RiskEstimate(-drift + (z * sigma), -drift + (esFactor * sigma), confidence, 1);
        var positions = new PositionRisk[n];
        for (int i = 0; i < n; i++)
        {
            double mu = meanReturns.IsEmpty ? 0.0 : meanReturns[i];
            double beta = sigma > 0.0 ? sigmaV[i] / sigma : 0.0;
            double marginalVar = -mu + (z * beta);
            double marginalEs = -mu + (esFactor * beta);

            // Without position i: σ² loses 2vᵢ(Σv)ᵢ − vᵢ²Σᵢᵢ, the drift loses vᵢμᵢ.
            double restVariance = variance - (2.0 * v[i] * sigmaV[i]) + (v[i] * v[i] * covariance[i, i]);
            double restSigma = Math.Sqrt(Math.Max(restVariance, 0.0));
            double restDrift = drift - (v[i] * mu);
            positions[i] = new PositionRisk(
                i,
                v[i],
                marginalVar,
                v[i] * marginalVar,
                total.ValueAtRisk - (-restDrift + (z * restSigma)),
                marginalEs,
                v[i] * marginalEs,
                total.ExpectedShortfall - (-restDrift + (esFactor * restSigma)));
        }

        return new RiskDecomposition(total, positions);
    }

    /// <summary>
    /// Checks symmetry (relative 1e-10) and positive semi-definiteness: a Cholesky factorization of Σ + εI with
    /// ε = 1e-12 · mean diagonal must succeed.
    /// </summary>
    internal static void RequirePositiveSemiDefinite(double[,] covariance)
    {
        int n = covariance.GetLength(0);
        double trace = 0.0;
        for (int i = 0; i < n; i++)
        {
            trace += covariance[i, i];
            for (int j = 0; j < i; j++)
            {
                double a = covariance[i, j], b = covariance[j, i];
                if (!double.IsFinite(a) || Math.Abs(a - b) > 1e-10 * Math.Max(1.0, Math.Abs(a) + Math.Abs(b)))
                {
                    throw new ArgumentException($"covariance is not symmetric at ({i}, {j})", nameof(covariance));
                }
            }
        }

        var jittered = (double[,])covariance.Clone();
        double eps = 1e-12 * Math.Max(trace / n, double.Epsilon);
        for (int i = 0; i < n; i++)
        {
            jittered[i, i] += eps;
        }

        try
        {
            _ = Cholesky.Factor(jittered);
        }
        catch (MatrixNotPositiveDefiniteException ex)
        {
            throw new ArgumentException($"covariance is not positive semi-definite (pivot {ex.PivotIndex} is {ex.PivotValue:G4})", nameof(covariance), ex);
        }
    }
}
