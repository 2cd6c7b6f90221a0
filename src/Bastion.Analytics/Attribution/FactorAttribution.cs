using Bastion.Analytics.Series;
using Bastion.Numerics.Regression;

namespace Bastion.Analytics.Attribution;

/// <summary>
/// Factor attribution: r_t − RF_t = α + Σ β_k f_k,t + ε_t by OLS with Newey–West (Bartlett) standard errors, equal to
/// statsmodels <c>OLS(y, add_constant(X)).fit(cov_type='HAC', cov_kwds={'maxlags': L, 'use_correction': False}, use_t=False)</c>.
/// Thread-safe.
/// </summary>
public static class FactorAttribution
{
    /// <summary>Regresses <paramref name="strategy"/>'s excess returns on every factor column, on the dates both have.</summary>
    /// <exception cref="ArgumentException">
    /// The risk-free column is missing, no factor column remains, fewer common dates than coefficients + 1, collinear
    /// factors, or a bad option.
    /// </exception>
    public static FactorAttributionResult Compute(ReturnSeries strategy, ReturnPanel factors, FactorAttributionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(factors);
        options ??= new FactorAttributionOptions();
        if (!(options.PeriodsPerYear > 0) || !double.IsFinite(options.PeriodsPerYear))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PeriodsPerYear, "PeriodsPerYear must be positive");
        }

        int rf = options.RiskFreeColumn is null ? -1 : factors.IndexOf(options.RiskFreeColumn);
        if (options.RiskFreeColumn is not null && rf < 0)
        {
            throw new ArgumentException($"no risk-free column '{options.RiskFreeColumn}' (columns: {string.Join(", ", factors.Names)})", nameof(factors));
        }

        int[] cols = [.. Enumerable.Range(0, factors.Names.Count).Where(j => j != rf)];
        if (cols.Length == 0)
        {
            throw new ArgumentException("no factor columns besides the risk-free rate", nameof(factors));
        }

        DateJoin join = DateJoin.Of(strategy.DateArray, factors.DateArray);
        int n = join.Left.Length;
        if (n <= cols.Length + 1)
        {
            throw new ArgumentException($"{n} common dates of '{strategy.Name}' and the factors; need more than {cols.Length + 1}", nameof(factors));
        }

        var x = new double[n, cols.Length];
        var y = new double[n];
        ReadOnlySpan<double> r = strategy.Values;
        for (int t = 0; t < n; t++)
        {
            int row = join.Right[t];
            y[t] = r[join.Left[t]] - (rf >= 0 ? factors[row, rf] : 0.0);
            for (int k = 0; k < cols.Length; k++)
            {
                x[t, k] = factors[row, cols[k]];
            }
        }

        int lags = options.Lags ?? NeweyWestLag.NeweyWest1994(n);
        if (lags < 0 || lags >= n)
        {
            throw new ArgumentOutOfRangeException(nameof(options), lags, $"Lags must be in [0, {n})");
        }

        OlsResult fit = OlsRegression.FitNeweyWest(x, y, lags, includeIntercept: true, options.SmallSampleCorrection);
        double ppy = options.PeriodsPerYear;
        var exposures = new FactorExposure[cols.Length];
        var cumulative = new double[cols.Length][];
        for (int k = 0; k < cols.Length; k++)
        {
            double beta = fit.Coefficients[k + 1];
            double mean = 0.0;
            cumulative[k] = new double[n];
            double running = 0.0;
            for (int t = 0; t < n; t++)
            {
                mean += x[t, k];
                running += beta * x[t, k];
                cumulative[k][t] = running;
            }

            mean /= n;
            exposures[k] = new FactorExposure(factors.Names[cols[k]], CoefficientAt(fit, k + 1), mean, beta * mean, beta * mean * ppy);
        }

        double alpha = fit.Coefficients[0];
        var cumAlpha = new double[n];
        var cumResidual = new double[n];
        var cumExcess = new double[n];
        double res = 0.0, ex = 0.0;
        for (int t = 0; t < n; t++)
        {
            cumAlpha[t] = (t + 1) * alpha;
            res += fit.Residuals[t];
            ex += y[t];
            cumResidual[t] = res;
            cumExcess[t] = ex;
        }

        return new FactorAttributionResult
        {
            Name = strategy.Name,
            Dates = [.. join.Left.Select(i => strategy.Dates[i])],
            DroppedStrategyDates = join.DroppedLeft,
            DroppedFactorDates = join.DroppedRight,
            Lags = lags,
            PeriodsPerYear = ppy,
            Alpha = CoefficientAt(fit, 0),
            Factors = exposures,
            RSquared = fit.RSquared,
            AdjustedRSquared = fit.AdjustedRSquared,
            MeanExcessReturn = ex / n,
            AnnualResidualVolatility = Math.Sqrt(fit.ResidualVariance * ppy),
            CumulativeFactorContributions = cumulative,
            CumulativeAlpha = cumAlpha,
            CumulativeResidual = cumResidual,
            CumulativeExcessReturn = cumExcess,
        };
    }

    private static Coefficient CoefficientAt(OlsResult fit, int i)
        => new(fit.Coefficients[i], fit.StandardErrors[i], fit.TStatistics[i], fit.PValues[i]);
}
