using Bastion.Portfolio.Clustering;
using Bastion.Portfolio.Estimation;

namespace Bastion.Portfolio.Optimization;

/// <summary>
/// Hierarchical risk parity (López de Prado, 2016, "Building diversified portfolios that outperform out of sample"):
/// cluster assets on the correlation distance √((1 − ρ)/2), order them by the tree's leaves, then split capital by
/// recursive bisection of that order, each half weighted inversely to its inverse-variance portfolio's variance.
/// Same steps, ordering and pairwise statistics as PyPortfolioOpt's <c>HRPOpt</c>; long-only, fully invested.
/// </summary>
public static class HierarchicalRiskParity
{
    /// <summary>Allocates from returns (pairwise-complete correlation and covariance, so ragged histories are fine).</summary>
    public static (PortfolioAllocation Allocation, IReadOnlyList<string> Order) Optimize(ReturnPanel returns, LinkageMethod linkage = LinkageMethod.Single)
    {
        ArgumentNullException.ThrowIfNull(returns);
        return Optimize(PairwiseMoments.Covariance(returns), PairwiseMoments.Correlation(returns), returns.Symbols, linkage);
    }

    /// <summary>Allocates from a covariance matrix (correlation derived from it).</summary>
    public static (PortfolioAllocation Allocation, IReadOnlyList<string> Order) Optimize(double[,] covariance, IReadOnlyList<string> symbols, LinkageMethod linkage = LinkageMethod.Single)
    {
        ArgumentNullException.ThrowIfNull(covariance);
        int n = covariance.GetLength(0);
        var corr = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                corr[i, j] = i == j ? 1.0 : covariance[i, j] / Math.Sqrt(covariance[i, i] * covariance[j, j]);
            }
        }

        return Optimize(covariance, corr, symbols, linkage);
    }

    private static (PortfolioAllocation, IReadOnlyList<string>) Optimize(double[,] cov, double[,] corr, IReadOnlyList<string> symbols, LinkageMethod linkage)
    {
        int n = cov.GetLength(0);
        if (symbols.Count != n || cov.GetLength(1) != n)
        {
            throw new ArgumentException($"{symbols.Count} symbols for a {n}×{cov.GetLength(1)} covariance", nameof(symbols));
        }

        for (int i = 0; i < n; i++)
        {
            if (!(cov[i, i] > 0) || !double.IsFinite(cov[i, i]))
            {
                throw new ArgumentException($"{symbols[i]} has variance {cov[i, i]}; HRP needs positive finite variances", nameof(cov));
            }
        }

        var distance = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                distance[i, j] = i == j ? 0.0 : Math.Sqrt(Math.Clamp((1.0 - corr[i, j]) / 2.0, 0.0, 1.0));
            }
        }

        int[] order = ClusterTree.Build(distance, linkage).LeafOrder();
        var weights = new double[n];
        Array.Fill(weights, 1.0);
        Bisect(cov, order, weights);
        string method = "hrp";
        var allocation = new PortfolioAllocation(method, OptimizationStatus.Optimal, [.. symbols], weights, $"linkage {linkage.ToString().ToLowerInvariant()}");
        return (allocation, [.. order.Select(i => symbols[i])]);
    }

    /// <summary>Breadth-first bisection as PyPortfolioOpt's <c>_raw_hrp_allocation</c> (halves split at len/2).</summary>
    private static void Bisect(double[,] cov, int[] order, double[] weights)
    {
        var clusters = new List<ArraySegment<int>> { new(order) };
        while (clusters.Count > 0)
        {
            var next = new List<ArraySegment<int>>();
            foreach (ArraySegment<int> c in clusters)
            {
                if (c.Count > 1)
                {
                    next.Add(c[..(c.Count / 2)]);
                    next.Add(c[(c.Count / 2)..]);
                }
            }

            for (int k = 0; k < next.Count; k += 2)
            {
                double v1 = ClusterVariance(cov, next[k]), v2 = ClusterVariance(cov, next[k + 1]);
                double alpha = 1 - (v1 / (v1 + v2));
                foreach (int i in next[k])
                {
                    weights[i] *= alpha;
                }

                foreach (int i in next[k + 1])
                {
                    weights[i] *= 1 - alpha;
                }
            }

            clusters = next;
        }
    }

    /// <summary>Variance of the inverse-variance portfolio of a cluster.</summary>
    private static double ClusterVariance(double[,] cov, ArraySegment<int> items)
    {
        double sumInv = 0;
        foreach (int i in items)
        {
            sumInv += 1.0 / cov[i, i];
        }

        double v = 0;
        foreach (int i in items)
        {
            double wi = 1.0 / cov[i, i] / sumInv;
            foreach (int j in items)
            {
                v += wi * cov[i, j] / cov[j, j] / sumInv;
            }
        }

        return v;
    }
}
