namespace Bastion.Risk.Regimes;

/// <summary>Small Markov-chain helpers for the regime model.</summary>
internal static class MarkovChain
{
    /// <summary>
    /// Solves πᵀ(I − P) = 0 with Σπ = 1 by replacing one balance equation with the normalization (Gaussian elimination with
    /// partial pivoting; K ≤ 3 here). Tiny negative round-off is clipped and π renormalized.
    /// </summary>
    public static double[] Stationary(double[,] p)
    {
        int k = p.GetLength(0);
        // Row i of the system: Σⱼ (δᵢⱼ − Pⱼᵢ) πⱼ = 0 for i < k − 1; last row Σⱼ πⱼ = 1.
        var a = new double[k, k + 1];
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                a[i, j] = i == k - 1 ? 1.0 : (i == j ? 1.0 : 0.0) - p[j, i];
            }
        }

        a[k - 1, k] = 1.0;
        for (int c = 0; c < k; c++)
        {
            int pivot = c;
            for (int r = c + 1; r < k; r++)
            {
                if (Math.Abs(a[r, c]) > Math.Abs(a[pivot, c]))
                {
                    pivot = r;
                }
            }

            for (int j = 0; j <= k; j++)
            {
                (a[c, j], a[pivot, j]) = (a[pivot, j], a[c, j]);
            }

            for (int r = 0; r < k; r++)
            {
                if (r != c && a[c, c] != 0.0)
                {
                    double f = a[r, c] / a[c, c];
                    for (int j = c; j <= k; j++)
                    {
                        a[r, j] -= f * a[c, j];
                    }
                }
            }
        }

        var pi = new double[k];
        double sum = 0.0;
        for (int i = 0; i < k; i++)
        {
            pi[i] = Math.Max(0.0, a[i, k] / a[i, i]);
            sum += pi[i];
        }

        for (int i = 0; i < k; i++)
        {
            pi[i] /= sum;
        }

        return pi;
    }
}
