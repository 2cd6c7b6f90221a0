namespace Bastion.Portfolio.Optimization;

/// <summary>
/// Risk budgeting (equal risk contribution when budgets are equal): long-only, fully invested weights whose risk
/// contributions wᵢ(Σw)ᵢ / wᵀΣw equal the budgets bᵢ. Solved as Spinu's (2013) strictly convex program
/// min ½ yᵀΣy − Σ bᵢ ln yᵢ by cyclical coordinate descent (Griveau-Billion, Richard and Roncalli, 2013; each step is
/// a closed-form root), then w = y / Σy. O(n²) per sweep, no matrix factorization.
/// </summary>
public static class RiskParity
{
    /// <summary>Default convergence tolerance on the largest risk-contribution error.</summary>
    public const double DefaultTolerance = 1e-12;

    /// <summary>Finds the risk-budgeting portfolio.</summary>
    /// <param name="covariance">Covariance matrix (positive definite).</param>
    /// <param name="symbols">Asset names.</param>
    /// <param name="budgets">Risk budgets (positive, normalized to sum one), or null for equal budgets.</param>
    /// <param name="tolerance">Stop when every |risk contribution − budget| is at most this.</param>
    /// <param name="maxSweeps">Sweeps over all coordinates before giving up with <see cref="OptimizationStatus.IterationLimit"/>.</param>
    /// <exception cref="ArgumentException">Dimensions disagree, a budget is not positive, or a variance is not positive.</exception>
    public static PortfolioAllocation Optimize(double[,] covariance, IReadOnlyList<string> symbols, IReadOnlyList<double>? budgets = null, double tolerance = DefaultTolerance, int maxSweeps = 10_000)
    {
        ArgumentNullException.ThrowIfNull(covariance);
        ArgumentNullException.ThrowIfNull(symbols);
        int n = covariance.GetLength(0);
        if (symbols.Count != n || covariance.GetLength(1) != n)
        {
            throw new ArgumentException($"{symbols.Count} symbols for a {n}×{covariance.GetLength(1)} covariance", nameof(symbols));
        }

        double[] b = NormalizedBudgets(budgets, n);
        var y = new double[n];
        var sy = new double[n];
        for (int i = 0; i < n; i++)
        {
            if (!(covariance[i, i] > 0))
            {
                throw new ArgumentException($"{symbols[i]} has variance {covariance[i, i]}; risk budgeting needs positive variances", nameof(covariance));
            }

            y[i] = Math.Sqrt(b[i] / covariance[i, i]);
        }

        MultiplyInto(covariance, y, sy);
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        for (int sweep = 1; sweep <= maxSweeps; sweep++)
        {
            for (int i = 0; i < n; i++)
            {
                // Solve ∂/∂yᵢ = Σᵢᵢ yᵢ + cᵢ − bᵢ/yᵢ = 0 for yᵢ > 0, with cᵢ = (Σy)ᵢ − Σᵢᵢ yᵢ.
                double sii = covariance[i, i];
                double c = sy[i] - (sii * y[i]);
                double updated = (-c + Math.Sqrt((c * c) + (4 * sii * b[i]))) / (2 * sii);
                double delta = updated - y[i];
                if (delta != 0)
                {
                    for (int k = 0; k < n; k++)
                    {
                        sy[k] += covariance[k, i] * delta;
                    }

                    y[i] = updated;
                }
            }

            if (MaxContributionError(y, sy, b) <= tolerance)
            {
                return Result(symbols, y, OptimizationStatus.Optimal, null, sweep, start);
            }
        }

        return Result(symbols, y, OptimizationStatus.IterationLimit, $"risk contributions did not converge to {tolerance:G3} in {maxSweeps} sweeps", maxSweeps, start);
    }

    /// <summary>Risk contributions wᵢ(Σw)ᵢ / wᵀΣw of a portfolio, summing to one.</summary>
    public static double[] RiskContributions(double[,] covariance, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(covariance);
        ArgumentNullException.ThrowIfNull(weights);
        int n = weights.Count;
        var sw = new double[n];
        MultiplyInto(covariance, [.. weights], sw);
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            total += weights[i] * sw[i];
        }

        var rc = new double[n];
        for (int i = 0; i < n; i++)
        {
            rc[i] = weights[i] * sw[i] / total;
        }

        return rc;
    }

    private static double[] NormalizedBudgets(IReadOnlyList<double>? budgets, int n)
    {
        if (budgets is null)
        {
            var equal = new double[n];
            Array.Fill(equal, 1.0 / n);
            return equal;
        }

        if (budgets.Count != n)
        {
            throw new ArgumentException($"{budgets.Count} risk budgets for {n} assets", nameof(budgets));
        }

        double sum = 0;
        foreach (double v in budgets)
        {
            if (!(v > 0) || double.IsInfinity(v))
            {
                throw new ArgumentException($"risk budgets must be positive and finite, found {v}", nameof(budgets));
            }

            sum += v;
        }

        return [.. budgets.Select(v => v / sum)];
    }

    private static double MaxContributionError(double[] y, double[] sy, double[] b)
    {
        double total = 0;
        for (int i = 0; i < y.Length; i++)
        {
            total += y[i] * sy[i];
        }

        double worst = 0;
        for (int i = 0; i < y.Length; i++)
        {
            worst = Math.Max(worst, Math.Abs((y[i] * sy[i] / total) - b[i]));
        }

        return worst;
    }

    private static void MultiplyInto(double[,] m, double[] x, double[] result)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double s = 0;
            for (int j = 0; j < x.Length; j++)
            {
                s += m[i, j] * x[j];
            }

            result[i] = s;
        }
    }

    private static PortfolioAllocation Result(IReadOnlyList<string> symbols, double[] y, OptimizationStatus status, string? reason, int sweeps, long start)
    {
        double sum = y.Sum();
        return new PortfolioAllocation(
            "risk-parity", status, [.. symbols], [.. y.Select(v => v / sum)], reason, sweeps, System.Diagnostics.Stopwatch.GetElapsedTime(start));
    }
}
