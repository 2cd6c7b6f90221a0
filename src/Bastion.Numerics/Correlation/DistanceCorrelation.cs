namespace Bastion.Numerics.Correlation;

/// <summary>Distance correlation from double-centred distance matrices (Székely, Rizzo and Bakirov 2007), V-statistic form.</summary>
internal static class DistanceCorrelation
{
    internal static double Compute(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double[,] a = Centred(x);
        double[,] b = Centred(y);
        int n = x.Length;
        double ab = 0.0, aa = 0.0, bb = 0.0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                ab += a[i, j] * b[i, j];
                aa += a[i, j] * a[i, j];
                bb += b[i, j] * b[i, j];
            }
        }

        double denominator = Math.Sqrt(aa * bb);
        if (denominator == 0.0)
        {
            return 0.0;
        }

        return Math.Sqrt(Math.Max(ab, 0.0) / denominator);
    }

    private static double[,] Centred(ReadOnlySpan<double> v)
    {
        int n = v.Length;
        var d = new double[n, n];
        var rowMean = new double[n];
        double grand = 0.0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double dist = Math.Abs(v[i] - v[j]);
                d[i, j] = dist;
                rowMean[i] += dist;
            }

            grand += rowMean[i];
            rowMean[i] /= n;
        }

        grand /= (double)n * n;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                d[i, j] = d[i, j] - rowMean[i] - rowMean[j] + grand;
            }
        }

        return d;
    }
}
