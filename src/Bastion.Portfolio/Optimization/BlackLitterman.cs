using Bastion.Numerics.LinearAlgebra;

namespace Bastion.Portfolio.Optimization;

/// <summary>
/// The Black–Litterman model with PyPortfolioOpt's conventions: a market-implied prior Π = δ Σ w_mkt + r_f, absolute and
/// relative views, Ω from He and Litterman (diag(τ P Σ Pᵀ)) or Idzorek's confidences (Walters' closed form,
/// Ω_k = τ (1 − c_k)/c_k · p_k Σ p_kᵀ), posterior E[R] = Π + τΣPᵀ(PτΣPᵀ + Ω)⁻¹(Q − PΠ) and posterior covariance
/// Σ + τΣ − τΣPᵀ(PτΣPᵀ + Ω)⁻¹PτΣ. The posterior feeds any optimizer. Stateless and thread-safe.
/// </summary>
public static class BlackLitterman
{
    /// <summary>Market-implied risk aversion δ = (E[R_m] − r_f) / σ²_m from daily market prices (arithmetic mean and sample variance, annualized).</summary>
    /// <exception cref="ArgumentException">Fewer than 3 prices, or non-positive prices.</exception>
    public static double MarketImpliedRiskAversion(ReadOnlySpan<double> marketPrices, int frequency = 252, double riskFreeRate = 0.02)
    {
        if (marketPrices.Length < 3)
        {
            throw new ArgumentException($"needs at least 3 market prices, got {marketPrices.Length}", nameof(marketPrices));
        }

        var returns = new double[marketPrices.Length - 1];
        for (int i = 1; i < marketPrices.Length; i++)
        {
            if (!(marketPrices[i - 1] > 0) || !(marketPrices[i] > 0))
            {
                throw new ArgumentException($"market price {i} is not positive", nameof(marketPrices));
            }

            returns[i - 1] = (marketPrices[i] / marketPrices[i - 1]) - 1;
        }

        double mean = Numerics.Statistics.Moments.Mean(returns) * frequency;
        double variance = Numerics.Statistics.Moments.Variance(returns) * frequency;
        return (mean - riskFreeRate) / variance;
    }

    /// <summary>Prior returns implied by market capitalizations (or any positive weights): Π = δ Σ w + r_f with w = caps / Σ caps.</summary>
    public static double[] MarketImpliedPrior(IReadOnlyList<double> marketCaps, double riskAversion, double[,] covariance, double riskFreeRate = 0.0)
    {
        ArgumentNullException.ThrowIfNull(marketCaps);
        ArgumentNullException.ThrowIfNull(covariance);
        int n = covariance.GetLength(0);
        if (marketCaps.Count != n)
        {
            throw new ArgumentException($"{marketCaps.Count} market caps for {n} assets", nameof(marketCaps));
        }

        double total = 0;
        foreach (double cap in marketCaps)
        {
            if (!(cap >= 0) || double.IsInfinity(cap))
            {
                throw new ArgumentException($"market caps must be finite and non-negative, found {cap}", nameof(marketCaps));
            }

            total += cap;
        }

        var prior = new double[n];
        for (int i = 0; i < n; i++)
        {
            double s = 0;
            for (int j = 0; j < n; j++)
            {
                s += covariance[i, j] * marketCaps[j] / total;
            }

            prior[i] = (riskAversion * s) + riskFreeRate;
        }

        return prior;
    }

    /// <summary>Computes the posterior.</summary>
    /// <param name="covariance">Annualized covariance Σ.</param>
    /// <param name="symbols">Asset names in covariance order.</param>
    /// <param name="prior">Prior returns Π.</param>
    /// <param name="views">The views (at least one).</param>
    /// <param name="tau">Weight on the prior's uncertainty, in (0, 1]; 0.05 by default.</param>
    /// <param name="riskAversion">δ, for the implied weights.</param>
    /// <param name="idzorek">Build Ω from each view's <see cref="BlackLittermanView.Confidence"/> (all must have one); otherwise He–Litterman.</param>
    /// <exception cref="ArgumentException">A view names an unknown asset, dimensions disagree, tau or a confidence is out of range, or the views are linearly dependent.</exception>
    public static BlackLittermanResult Posterior(
        double[,] covariance,
        IReadOnlyList<string> symbols,
        IReadOnlyList<double> prior,
        IReadOnlyList<BlackLittermanView> views,
        double tau = 0.05,
        double riskAversion = 1.0,
        bool idzorek = false)
    {
        ArgumentNullException.ThrowIfNull(covariance);
        ArgumentNullException.ThrowIfNull(symbols);
        ArgumentNullException.ThrowIfNull(prior);
        ArgumentNullException.ThrowIfNull(views);
        int n = covariance.GetLength(0), k = views.Count;
        if (symbols.Count != n || prior.Count != n || covariance.GetLength(1) != n)
        {
            throw new ArgumentException($"covariance is {n}×{covariance.GetLength(1)}, {symbols.Count} symbols, {prior.Count} prior returns", nameof(prior));
        }

        if (k == 0)
        {
            throw new ArgumentException("at least one view is needed", nameof(views));
        }

        if (!(tau > 0 && tau <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(tau), tau, "tau must be in (0, 1]");
        }

        if (!(riskAversion > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(riskAversion), riskAversion, "risk aversion must be positive");
        }

        double[,] p = PickMatrix(views, symbols);
        var q = views.Select(v => v.Value).ToArray();

        // τΣPᵀ (n×k) and A = PτΣPᵀ + Ω (k×k).
        var tsp = new double[n, k];
        for (int i = 0; i < n; i++)
        {
            for (int v = 0; v < k; v++)
            {
                double s = 0;
                for (int j = 0; j < n; j++)
                {
                    s += covariance[i, j] * p[v, j];
                }

                tsp[i, v] = tau * s;
            }
        }

        var omega = new double[k];
        for (int v = 0; v < k; v++)
        {
            double viewVariance = 0; // p_v Σ p_vᵀ
            for (int i = 0; i < n; i++)
            {
                viewVariance += p[v, i] * tsp[i, v] / tau;
            }

            omega[v] = idzorek ? IdzorekOmega(views[v], tau, viewVariance) : tau * viewVariance;
        }

        var a = new double[k, k];
        for (int v = 0; v < k; v++)
        {
            for (int w = 0; w < k; w++)
            {
                double s = 0;
                for (int i = 0; i < n; i++)
                {
                    s += p[v, i] * tsp[i, w];
                }

                a[v, w] = s + (v == w ? omega[v] : 0);
            }
        }

        Cholesky aFactor;
        try
        {
            aFactor = Cholesky.Factor(a);
        }
        catch (MatrixNotPositiveDefiniteException ex)
        {
            throw new ArgumentException($"views are linearly dependent (view {ex.PivotIndex + 1} repeats a combination of the others with full confidence)", nameof(views), ex);
        }

        var surprise = new double[k];
        for (int v = 0; v < k; v++)
        {
            double pPi = 0;
            for (int i = 0; i < n; i++)
            {
                pPi += p[v, i] * prior[i];
            }

            surprise[v] = q[v] - pPi;
        }

        double[] x = aFactor.Solve(surprise);
        var posterior = new double[n];
        for (int i = 0; i < n; i++)
        {
            double s = 0;
            for (int v = 0; v < k; v++)
            {
                s += tsp[i, v] * x[v];
            }

            posterior[i] = prior[i] + s;
        }

        // M = τΣ − τΣPᵀ A⁻¹ PτΣ; posterior covariance Σ + M.
        var aInvTspT = new double[k, n];
        var column = new double[k];
        for (int i = 0; i < n; i++)
        {
            for (int v = 0; v < k; v++)
            {
                column[v] = tsp[i, v];
            }

            double[] solved = aFactor.Solve(column);
            for (int v = 0; v < k; v++)
            {
                aInvTspT[v, i] = solved[v];
            }
        }

        var postCov = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double s = 0;
                for (int v = 0; v < k; v++)
                {
                    s += tsp[i, v] * aInvTspT[v, j];
                }

                postCov[i, j] = covariance[i, j] + (tau * covariance[i, j]) - s;
            }
        }

        double[] raw = Cholesky.Factor(Scaled(covariance, riskAversion)).Solve(posterior);
        double sum = raw.Sum();
        double[] implied = [.. raw.Select(w => w / sum)];
        return new BlackLittermanResult([.. symbols], [.. prior], posterior, postCov, omega, implied);
    }

    private static double IdzorekOmega(BlackLittermanView view, double tau, double viewVariance)
    {
        double c = view.Confidence ?? throw new ArgumentException($"view on {view.Asset} has no confidence; Idzorek's method needs one per view", nameof(view));
        if (!(c >= 0 && c <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(view), c, $"confidence of the view on {view.Asset} must be in [0, 1]");
        }

        // Zero confidence: an uninformative view (PyPortfolioOpt uses 1e6 as "infinite" uncertainty).
        return c == 0 ? 1e6 : tau * ((1 - c) / c) * viewVariance;
    }

    private static double[,] PickMatrix(IReadOnlyList<BlackLittermanView> views, IReadOnlyList<string> symbols)
    {
        var p = new double[views.Count, symbols.Count];
        for (int v = 0; v < views.Count; v++)
        {
            p[v, IndexOf(symbols, views[v].Asset)] += 1.0;
            if (views[v].Versus is string versus)
            {
                p[v, IndexOf(symbols, versus)] -= 1.0;
            }
        }

        return p;
    }

    private static int IndexOf(IReadOnlyList<string> symbols, string symbol)
    {
        for (int i = 0; i < symbols.Count; i++)
        {
            if (string.Equals(symbols[i], symbol, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new ArgumentException($"view on unknown symbol '{symbol}' (known: {string.Join(", ", symbols)})", nameof(symbols));
    }

    private static double[,] Scaled(double[,] m, double factor)
    {
        var r = (double[,])m.Clone();
        for (int i = 0; i < r.GetLength(0); i++)
        {
            for (int j = 0; j < r.GetLength(1); j++)
            {
                r[i, j] *= factor;
            }
        }

        return r;
    }
}
