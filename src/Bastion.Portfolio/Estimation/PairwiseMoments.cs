namespace Bastion.Portfolio.Estimation;

/// <summary>
/// Covariance and Pearson correlation from pairwise-complete observations, as pandas <c>DataFrame.cov</c>/<c>corr</c>
/// compute them for ragged histories: each pair uses the periods where both assets have a return, with means and
/// standard deviations taken over those periods only.
/// </summary>
internal static class PairwiseMoments
{
    public static double[,] Covariance(ReturnPanel returns) => Compute(returns, correlation: false);

    public static double[,] Correlation(ReturnPanel returns) => Compute(returns, correlation: true);

    private static double[,] Compute(ReturnPanel returns, bool correlation)
    {
        int n = returns.Assets, t = returns.Periods;
        var result = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = i; j < n; j++)
            {
                double si = 0, sj = 0;
                int count = 0;
                for (int r = 0; r < t; r++)
                {
                    double a = returns[r, i], b = returns[r, j];
                    if (!double.IsNaN(a) && !double.IsNaN(b))
                    {
                        si += a;
                        sj += b;
                        count++;
                    }
                }

                if (count < 2)
                {
                    throw new ArgumentException(
                        $"{returns.Symbols[i]} and {returns.Symbols[j]} share {count} period(s) with returns; at least 2 are needed",
                        nameof(returns));
                }

                double mi = si / count, mj = sj / count, sab = 0, saa = 0, sbb = 0;
                for (int r = 0; r < t; r++)
                {
                    double a = returns[r, i], b = returns[r, j];
                    if (!double.IsNaN(a) && !double.IsNaN(b))
                    {
                        double da = a - mi, db = b - mj;
                        sab += da * db;
                        saa += da * da;
                        sbb += db * db;
                    }
                }

                double v = correlation
                    ? (i == j ? 1.0 : sab / Math.Sqrt(saa * sbb))
                    : sab / (count - 1);
                result[i, j] = result[j, i] = v;
            }
        }

        return result;
    }
}
