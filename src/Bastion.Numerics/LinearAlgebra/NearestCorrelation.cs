namespace Bastion.Numerics.LinearAlgebra;

/// <summary>
/// The nearest correlation matrix in the Frobenius norm (Higham 2002, "Computing the nearest correlation matrix — a
/// problem from finance", IMA J. Numer. Anal. 22, 329–343): alternating projections onto the positive semidefinite
/// cone and the unit-diagonal set, with Dykstra's correction, unweighted (W = I). Thread-safe.
/// </summary>
public static class NearestCorrelation
{
    /// <summary>Repairs a symmetric matrix (e.g. a pairwise-estimated correlation matrix that is not PSD).</summary>
    /// <param name="matrix">Symmetric input with finite entries.</param>
    /// <param name="tolerance">Stop when ‖Yₖ − Xₖ‖_F / ‖Yₖ‖_F falls below this (Higham's stopping test).</param>
    /// <param name="maxIterations">Iteration cap.</param>
    /// <exception cref="ArgumentException">Not square/symmetric, non-finite, or bad tolerance.</exception>
    public static NearestCorrelationResult Compute(double[,] matrix, double tolerance = 1e-12, int maxIterations = 10_000)
    {
        MatrixGuard.Symmetric(matrix, nameof(matrix));
        if (!(tolerance > 0.0))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "tolerance must be positive");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxIterations);
        int n = matrix.GetLength(0);
        var y = (double[,])matrix.Clone();
        var correction = new double[n, n];
        var r = new double[n, n];
        double[,] x = y;
        for (int iteration = 1; iteration <= maxIterations; iteration++)
        {
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    r[i, j] = y[i, j] - correction[i, j];
                }
            }

            x = SymmetricEigen.Decompose(Symmetrize(r)).Reconstruct(l => Math.Max(l, 0.0));
            double diff = 0.0, norm = 0.0;
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    correction[i, j] = x[i, j] - r[i, j];
                    double yij = i == j ? 1.0 : x[i, j];
                    diff += (yij - x[i, j]) * (yij - x[i, j]);
                    norm += yij * yij;
                    y[i, j] = yij;
                }
            }

            if (Math.Sqrt(diff / norm) < tolerance)
            {
                return new NearestCorrelationResult(y, iteration, true, Distance(y, matrix));
            }
        }

        return new NearestCorrelationResult(y, maxIterations, false, Distance(y, matrix));
    }

    private static double[,] Symmetrize(double[,] m)
    {
        int n = m.GetLength(0);
        var s = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double v = 0.5 * (m[i, j] + m[j, i]);
                s[i, j] = v;
                s[j, i] = v;
            }
        }

        return s;
    }

    private static double Distance(double[,] a, double[,] b)
    {
        double s = 0.0;
        for (int i = 0; i < a.GetLength(0); i++)
        {
            for (int j = 0; j < a.GetLength(1); j++)
            {
                s += (a[i, j] - b[i, j]) * (a[i, j] - b[i, j]);
            }
        }

        return Math.Sqrt(s);
    }
}
