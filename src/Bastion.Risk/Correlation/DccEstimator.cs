using Bastion.Numerics.Correlation;
using Bastion.Numerics.LinearAlgebra;
using Bastion.Risk.Optimization;
using Bastion.Risk.Volatility;

namespace Bastion.Risk.Correlation;

/// <summary>
/// Two-step estimation of DCC(1,1)-GARCH(1,1) (Engle 2002). Step 1: a univariate GARCH per asset by
/// <see cref="GarchEstimator"/>, giving standardized residuals εₜ,ᵢ = (rₜ,ᵢ − μᵢ)/σₜ,ᵢ. Step 2: correlation targeting,
/// Q̄ = the sample correlation of ε, and (a, b) maximizing the correlation part of the Gaussian quasi-likelihood subject to
/// a, b ≥ 0, a + b &lt; 1, by BFGS on central-difference gradients from the best point of a small grid. Thread-safe.
/// </summary>
public static class DccEstimator
{
    private const double Step = 1e-6;

    /// <summary>Fits DCC(1,1) with GARCH(1,1) margins to a T × n panel of returns.</summary>
    /// <param name="returns">T × n returns (simple fractions or percent; each GARCH works in the input's units), n ≥ 2, T ≥ max(10, n + 1).</param>
    /// <param name="garch">The univariate specification (default GARCH(1,1), normal, constant mean, backcast start).</param>
    /// <param name="assetNames">Optional names of the columns, used in error messages (column numbers otherwise).</param>
    /// <exception cref="ArgumentException">Too few rows or columns, a non-finite value, a constant column, or collinear residuals.</exception>
    public static DccFit Fit(double[,] returns, GarchSpecification? garch = null, IReadOnlyList<string>? assetNames = null)
    {
        int n = Columns(returns, nameof(returns));
        if (assetNames is not null && assetNames.Count != n)
        {
            throw new ArgumentException($"{assetNames.Count} asset names for {n} columns", nameof(assetNames));
        }

        PanelGuard.Finite(returns, Math.Max(10, n + 1), nameof(returns));
        int rows = returns.GetLength(0);
        var fits = new GarchFit[n];
        var residuals = new double[rows, n];
        var column = new double[rows];
        for (int j = 0; j < n; j++)
        {
            for (int t = 0; t < rows; t++)
            {
                column[t] = returns[t, j];
            }

            GarchFit fit;
            try
            {
                fit = GarchEstimator.Fit(column, garch);
            }
            catch (ArgumentException ex)
            {
                string reason = ex.ParamName is null ? ex.Message : ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal);
                string which = assetNames is null ? $"column {j}" : $"column '{assetNames[j]}'";
                throw new ArgumentException($"{which}: {reason}", nameof(returns), ex);
            }

            double mu = double.IsNaN(fit["mu"]) ? 0.0 : fit["mu"];
            for (int t = 0; t < rows; t++)
            {
                residuals[t, j] = (column[t] - mu) / Math.Sqrt(fit.ConditionalVariances[t]);
            }

            fits[j] = fit;
        }

        return Estimate(residuals, fits);
    }

    /// <summary>Step 2 only: fits (a, b) to standardized residuals from univariate models of the caller's choice.</summary>
    /// <param name="standardizedResiduals">T × n residuals, each column with unit conditional variance, n ≥ 2, T ≥ n + 1.</param>
    /// <exception cref="ArgumentException">Too few rows or columns, a non-finite value, or collinear residuals.</exception>
    public static DccFit FitCorrelation(double[,] standardizedResiduals)
    {
        int n = Columns(standardizedResiduals, nameof(standardizedResiduals));
        PanelGuard.Finite(standardizedResiduals, n + 1, nameof(standardizedResiduals));
        return Estimate((double[,])standardizedResiduals.Clone(), []);
    }

    /// <summary>
    /// The correlation part of the DCC quasi-log-likelihood at fixed (a, b) with Q̄ = the sample correlation of the
    /// residuals: L_C = −½ Σₜ (ln|Rₜ| + εₜᵀRₜ⁻¹εₜ − εₜᵀεₜ), Q₁ = Q̄. NaN if (a, b) is not admissible (a, b ≥ 0, a + b &lt; 1).
    /// </summary>
    /// <exception cref="ArgumentException">Too few rows or columns, a non-finite value, or collinear residuals.</exception>
    public static double CorrelationLogLikelihood(double[,] standardizedResiduals, double a, double b)
    {
        int n = Columns(standardizedResiduals, nameof(standardizedResiduals));
        PanelGuard.Finite(standardizedResiduals, n + 1, nameof(standardizedResiduals));
        return new DccLikelihood(standardizedResiduals, Target(standardizedResiduals)).Evaluate(a, b);
    }

    private static int Columns(double[,] panel, string name)
    {
        ArgumentNullException.ThrowIfNull(panel, name);
        int n = panel.GetLength(1);
        return n >= 2 ? n : throw new ArgumentException($"DCC needs at least 2 assets (columns), got {n}", name);
    }

    private static double[,] Target(double[,] residuals)
    {
        double[,] target = CorrelationMatrices.Correlation(residuals, CorrelationMethod.Pearson);
        for (int j = 0; j < target.GetLength(0); j++)
        {
            if (double.IsNaN(target[j, j]))
            {
                throw new ArgumentException($"column {j}: the standardized residuals are constant (is the return series constant?)", "returns");
            }
        }

        if (SymmetricEigen.Decompose(target).Values.Min() < 1e-10)
        {
            throw new ArgumentException("the standardized residuals are collinear (or a column is constant): their correlation matrix is not positive definite", "returns");
        }

        return target;
    }

    private static DccFit Estimate(double[,] residuals, GarchFit[] fits)
    {
        double[,] target = Target(residuals);
        var model = new DccLikelihood(residuals, target);
        double scale = 1.0 / model.Observations;
        double Objective(ReadOnlySpan<double> p, Span<double> g)
        {
            double f = -scale * model.Evaluate(p[0], p[1]);
            if (!double.IsFinite(f))
            {
                return double.PositiveInfinity;
            }

            for (int k = 0; k < 2; k++)
            {
                g[k] = scale * -Derivative(model, p[0], p[1], k);
            }

            return f;
        }

        double[] x = Start(model);
        var inverseHessian = new double[2, 2] { { 1e-3, 0.0 }, { 0.0, 1e-3 } };
        int iterations = QuasiNewtonMinimizer.Minimize(Objective, x, inverseHessian, 200, out double objective, out bool converged);
        double[] se = StandardErrors(model, x[0], x[1]);
        return new DccFit(residuals, target, fits, x[0], x[1], se, -objective / scale, iterations, converged);
    }

    private static double[] Start(DccLikelihood model)
    {
        double[] best = [0.02, 0.9];
        double bestLl = double.NegativeInfinity;
        foreach (double a in (double[])[0.005, 0.02, 0.05, 0.1])
        {
            foreach (double persistence in (double[])[0.5, 0.8, 0.9, 0.95, 0.99])
            {
                double ll = model.Evaluate(a, persistence - a);
                if (ll > bestLl)
                {
                    bestLl = ll;
                    best = [a, persistence - a];
                }
            }
        }

        return double.IsNegativeInfinity(bestLl)
            ? throw new ArgumentException("no admissible starting point: the conditional correlations are not positive definite", "returns")
            : best;
    }

    /// <summary>∂L_C/∂θₖ by central differences, one-sided at a bound of the admissible region.</summary>
    private static double Derivative(DccLikelihood model, double a, double b, int k)
    {
        double da = k == 0 ? Step : 0.0, db = k == 1 ? Step : 0.0;
        double up = model.Evaluate(a + da, b + db);
        double down = model.Evaluate(a - da, b - db);
        if (double.IsNaN(up) || double.IsNaN(down))
        {
            double centre = model.Evaluate(a, b);
            return double.IsNaN(up) ? (centre - down) / Step : (up - centre) / Step;
        }

        return (up - down) / (2.0 * Step);
    }

    /// <summary>√diag(−H⁻¹) with H the numerical Hessian of L_C at (a, b); NaN when not negative definite or on a bound.</summary>
    private static double[] StandardErrors(DccLikelihood model, double a, double b)
    {
        const double h = 1e-4;
        double f(double x, double y) => model.Evaluate(x, y);
        double centre = f(a, b);
        double haa = (f(a + h, b) - (2.0 * centre) + f(a - h, b)) / (h * h);
        double hbb = (f(a, b + h) - (2.0 * centre) + f(a, b - h)) / (h * h);
        double hab = (f(a + h, b + h) - f(a + h, b - h) - f(a - h, b + h) + f(a - h, b - h)) / (4.0 * h * h);
        double det = (haa * hbb) - (hab * hab);
        if (!(haa < 0.0 && det > 0.0))
        {
            return [double.NaN, double.NaN];
        }

        // −H⁻¹ for a 2 × 2 matrix: [[−hbb, hab], [hab, −haa]] / det.
        return [Math.Sqrt(-hbb / det), Math.Sqrt(-haa / det)];
    }
}
