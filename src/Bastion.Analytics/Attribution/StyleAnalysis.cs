using Bastion.Analytics.Series;
using Bastion.Numerics.Regression;

namespace Bastion.Analytics.Attribution;

/// <summary>
/// Returns-based style analysis (Sharpe 1992, "Asset allocation: management style and performance measurement",
/// J. of Portfolio Management 18(2)): weights w ≥ 0, Σw = 1 minimizing Var(r − Σ w_i s_i), the variance of the
/// tracking difference. Solved as a least-squares problem on demeaned returns with
/// <see cref="SimplexLeastSquares"/>. Thread-safe.
/// </summary>
public static class StyleAnalysis
{
    /// <summary>Fits the style weights of <paramref name="fund"/> on the dates it shares with <paramref name="styles"/>.</summary>
    /// <param name="fund">Fund or strategy returns.</param>
    /// <param name="styles">Style-index returns, one column per style.</param>
    /// <param name="window">Rolling window length in periods (null: whole sample only); at least styles + 2.</param>
    /// <param name="periodsPerYear">Annualization of the tracking volatility.</param>
    /// <exception cref="ArgumentException">Too few common dates, a bad window, or collinear styles.</exception>
    public static StyleAnalysisResult Compute(ReturnSeries fund, ReturnPanel styles, int? window = null, double periodsPerYear = 252)
    {
        ArgumentNullException.ThrowIfNull(fund);
        ArgumentNullException.ThrowIfNull(styles);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(periodsPerYear);
        DateJoin join = DateJoin.Of(fund.DateArray, styles.DateArray);
        int n = join.Left.Length, k = styles.Names.Count;
        if (n < k + 2)
        {
            throw new ArgumentException($"{n} common dates of '{fund.Name}' and the styles; need at least {k + 2}", nameof(styles));
        }

        if (window is { } w && (w < k + 2 || w > n))
        {
            throw new ArgumentOutOfRangeException(nameof(window), w, $"window must be between {k + 2} (styles + 2) and {n} (common dates)");
        }

        var r = new double[n];
        var s = new double[n, k];
        var dates = new DateTimeOffset[n];
        for (int t = 0; t < n; t++)
        {
            r[t] = fund.Values[join.Left[t]];
            dates[t] = fund.Dates[join.Left[t]];
            for (int j = 0; j < k; j++)
            {
                s[t, j] = styles[join.Right[t], j];
            }
        }

        (StyleWeights full, double[] difference) = Fit(r, s, 0, n, dates[^1]);
        double mean = difference.Average();
        double variance = difference.Sum(d => (d - mean) * (d - mean)) / (n - 1);
        var rolling = new List<StyleWeights>();
        if (window is { } size)
        {
            for (int end = size; end <= n; end++)
            {
                rolling.Add(Fit(r, s, end - size, size, dates[end - 1]).Weights);
            }
        }

        return new StyleAnalysisResult(fund.Name, styles.Names, n, join.DroppedLeft, join.DroppedRight, full, Math.Sqrt(variance * periodsPerYear), mean, rolling);
    }

    /// <summary>Fits rows [start, start + count): demean, solve the simplex least squares, return weights and r − S w.</summary>
    private static (StyleWeights Weights, double[] Difference) Fit(double[] r, double[,] s, int start, int count, DateTimeOffset date)
    {
        int k = s.GetLength(1);
        double rMean = 0.0;
        var sMean = new double[k];
        for (int t = start; t < start + count; t++)
        {
            rMean += r[t];
            for (int j = 0; j < k; j++)
            {
                sMean[j] += s[t, j];
            }
        }

        rMean /= count;
        for (int j = 0; j < k; j++)
        {
            sMean[j] /= count;
        }

        var a = new double[count, k];
        var b = new double[count];
        double tss = 0.0;
        for (int t = 0; t < count; t++)
        {
            b[t] = r[start + t] - rMean;
            tss += b[t] * b[t];
            for (int j = 0; j < k; j++)
            {
                a[t, j] = s[start + t, j] - sMean[j];
            }
        }

        double[] weights = SimplexLeastSquares.Solve(a, b).Solution;
        var difference = new double[count];
        double rss = 0.0;
        for (int t = 0; t < count; t++)
        {
            double fitted = 0.0, centred = 0.0;
            for (int j = 0; j < k; j++)
            {
                fitted += weights[j] * s[start + t, j];
                centred += weights[j] * a[t, j];
            }

            difference[t] = r[start + t] - fitted;
            rss += (b[t] - centred) * (b[t] - centred);
        }

        return (new StyleWeights(date, weights, tss > 0 ? 1.0 - (rss / tss) : double.NaN), difference);
    }
}
