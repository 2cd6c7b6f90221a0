using Bastion.Risk.Volatility;

namespace Bastion.Risk.Correlation;

/// <summary>
/// A fitted DCC(1,1)-GARCH(1,1) model (Engle 2002): univariate GARCH fits per asset, the DCC parameters a (news) and
/// b (decay) of Qₜ₊₁ = (1 − a − b) Q̄ + a εₜεₜᵀ + b Qₜ with Q̄ the sample correlation of the standardized residuals ε and
/// Q₁ = Q̄. Conditional correlations Rₜ (t = 0 … T − 1, Rₜ built from data before t) are replayed on demand from the
/// stored residuals. Immutable; thread-safe.
/// </summary>
public sealed class DccFit
{
    private readonly double[,] _residuals;
    private readonly double[,] _target;

    internal DccFit(double[,] residuals, double[,] target, IReadOnlyList<GarchFit> univariate, double a, double b, double[] standardErrors, double correlationLogLikelihood, int iterations, bool converged)
    {
        _residuals = residuals;
        _target = target;
        Univariate = univariate;
        A = a;
        B = b;
        AStandardError = standardErrors[0];
        BStandardError = standardErrors[1];
        CorrelationLogLikelihood = correlationLogLikelihood;
        LogLikelihood = univariate.Count == 0 ? double.NaN : univariate.Sum(f => f.LogLikelihood) + correlationLogLikelihood;
        Iterations = iterations;
        Converged = converged;
        NextCorrelation = Normalize(QAt(Observations));
        LastCorrelation = CorrelationAt(Observations - 1);
    }

    /// <summary>The DCC news parameter a ≥ 0.</summary>
    public double A { get; }

    /// <summary>The DCC decay parameter b ≥ 0 (a + b &lt; 1).</summary>
    public double B { get; }

    /// <summary>
    /// Standard error of <see cref="A"/> from the inverse numerical Hessian of the correlation log-likelihood, taking the
    /// first-step (GARCH) estimates as known, so it understates the two-step uncertainty; NaN when the Hessian is not
    /// negative definite (e.g. an estimate on a bound).
    /// </summary>
    public double AStandardError { get; }

    /// <summary>Standard error of <see cref="B"/>, as <see cref="AStandardError"/>.</summary>
    public double BStandardError { get; }

    /// <summary>The maximized correlation part L_C = −½ Σ (ln|Rₜ| + εₜᵀRₜ⁻¹εₜ − εₜᵀεₜ).</summary>
    public double CorrelationLogLikelihood { get; }

    /// <summary>Engle's full Gaussian log-likelihood: the sum of the univariate GARCH log-likelihoods plus L_C (NaN when fitted from residuals only).</summary>
    public double LogLikelihood { get; }

    /// <summary>Univariate GARCH fits, one per asset in column order (empty when fitted from standardized residuals).</summary>
    public IReadOnlyList<GarchFit> Univariate { get; }

    /// <summary>Number of observations T.</summary>
    public int Observations => _residuals.GetLength(0);

    /// <summary>Number of assets n.</summary>
    public int Assets => _residuals.GetLength(1);

    /// <summary>Optimizer iterations used.</summary>
    public int Iterations { get; }

    /// <summary>Whether the optimizer met its tolerances.</summary>
    public bool Converged { get; }

    /// <summary>Q̄: the sample (Pearson) correlation of the standardized residuals, the correlation target.</summary>
    public double[,] UnconditionalCorrelation => (double[,])_target.Clone();

    /// <summary>R_{T−1}: the conditional correlation of the last observation.</summary>
    public double[,] LastCorrelation { get; }

    /// <summary>R_T: the one-step-ahead conditional correlation (known at the end of the sample).</summary>
    public double[,] NextCorrelation { get; }

    /// <summary>The standardized residuals εₜ,ᵢ = (rₜ,ᵢ − μᵢ)/σₜ,ᵢ (a copy).</summary>
    public double[,] StandardizedResiduals => (double[,])_residuals.Clone();

    /// <summary>Rₜ for observation <paramref name="t"/> in [0, T] (T is the one-step forecast). O(t n²).</summary>
    public double[,] CorrelationAt(int t)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(t);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(t, Observations);
        return Normalize(QAt(t));
    }

    /// <summary>The path ρᵢⱼ,ₜ for t = 0 … T − 1 of assets <paramref name="i"/> and <paramref name="j"/> in O(T).</summary>
    public double[] CorrelationPath(int i, int j)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfNegative(j);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, Assets);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(j, Assets);
        double c = 1.0 - A - B;
        double qii = _target[i, i], qjj = _target[j, j], qij = _target[i, j];
        var path = new double[Observations];
        for (int t = 0; t < Observations; t++)
        {
            path[t] = qij / Math.Sqrt(qii * qjj);
            double ei = _residuals[t, i], ej = _residuals[t, j];
            qii = (c * _target[i, i]) + (A * ei * ei) + (B * qii);
            qjj = (c * _target[j, j]) + (A * ej * ej) + (B * qjj);
            qij = (c * _target[i, j]) + (A * ei * ej) + (B * qij);
        }

        return path;
    }

    /// <summary>
    /// The h-step-ahead correlation forecast R_{T−1+h} by Engle and Sheppard's (2001) approximation: R_T is known and
    /// E[R_{T−1+h}] ≈ (1 − (a + b)^{h−1}) Q̄ + (a + b)^{h−1} R_T, so forecasts decay to Q̄ at rate a + b.
    /// </summary>
    /// <param name="horizon">h ≥ 1 (1 is <see cref="NextCorrelation"/>).</param>
    public double[,] ForecastCorrelation(int horizon)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        double w = Math.Pow(A + B, horizon - 1);
        int n = Assets;
        var r = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                r[i, j] = i == j ? 1.0 : ((1.0 - w) * _target[i, j]) + (w * NextCorrelation[i, j]);
            }
        }

        return r;
    }

    private double[,] QAt(int t)
    {
        var q = (double[,])_target.Clone();
        for (int s = 0; s < t; s++)
        {
            DccLikelihood.Advance(q, _target, _residuals, s, A, B);
        }

        return q;
    }

    private static double[,] Normalize(double[,] q) => CorrelationMatrices.FromCovariance(q);
}
