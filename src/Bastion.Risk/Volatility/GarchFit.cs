namespace Bastion.Risk.Volatility;

/// <summary>
/// A fitted GARCH/GJR model. Parameters are in the units of the input returns (ω in squared return units; fit percent
/// returns to compare with most published tables). Standard errors: <see cref="HessianStandardErrors"/> from the inverse of
/// the negative Hessian of the log-likelihood (numerical derivative of the analytic gradient); <see cref="RobustStandardErrors"/>
/// the Bollerslev–Wooldridge (1992) sandwich H⁻¹ (Σ sₜsₜᵀ) H⁻¹, arch's default <c>cov_type="robust"</c>. NaN when the Hessian is singular.
/// </summary>
/// <param name="Specification">What was estimated.</param>
/// <param name="ParameterNames">Names in the order of <paramref name="Estimates"/>.</param>
/// <param name="Estimates">Maximum-likelihood estimates.</param>
/// <param name="HessianStandardErrors">Standard errors from the inverse Hessian.</param>
/// <param name="RobustStandardErrors">Bollerslev–Wooldridge robust standard errors.</param>
/// <param name="LogLikelihood">The maximized log-likelihood (all constants included).</param>
/// <param name="Observations">The number of returns n.</param>
/// <param name="ConditionalVariances">σ²ₜ for t = 1..n.</param>
/// <param name="NextVariance">σ²ₙ₊₁, the one-step-ahead forecast.</param>
/// <param name="Iterations">Quasi-Newton iterations used.</param>
/// <param name="Converged">Whether the optimizer met its tolerances.</param>
public sealed record GarchFit(
    GarchSpecification Specification,
    IReadOnlyList<string> ParameterNames,
    double[] Estimates,
    double[] HessianStandardErrors,
    double[] RobustStandardErrors,
    double LogLikelihood,
    int Observations,
    double[] ConditionalVariances,
    double NextVariance,
    int Iterations,
    bool Converged)
{
    /// <summary>Akaike information criterion −2 ln L + 2k (arch's definition).</summary>
    public double Aic => (-2.0 * LogLikelihood) + (2.0 * Estimates.Length);

    /// <summary>Bayesian (Schwarz) information criterion −2 ln L + k ln n (arch's definition).</summary>
    public double Bic => (-2.0 * LogLikelihood) + (Estimates.Length * Math.Log(Observations));

    /// <summary>The estimate named <paramref name="name"/> (mu, omega, alpha, gamma, beta, nu); NaN when the model has none.</summary>
    public double this[string name]
    {
        get
        {
            for (int i = 0; i < ParameterNames.Count; i++)
            {
                if (string.Equals(ParameterNames[i], name, StringComparison.Ordinal))
                {
                    return Estimates[i];
                }
            }

            return double.NaN;
        }
    }

    /// <summary>Variance persistence α + γ/2 + β (γ/2: a symmetric innovation is negative half the time).</summary>
    public double Persistence => this["alpha"] + (double.IsNaN(this["gamma"]) ? 0.0 : 0.5 * this["gamma"]) + this["beta"];

    /// <summary>
    /// Variance forecasts E[σ²ₙ₊ₕ] for h = 1..<paramref name="steps"/>: σ²ₙ₊₁ known, then σ²ₙ₊ₕ = ω + (α + γ/2 + β) σ²ₙ₊ₕ₋₁
    /// (analytic, as arch's <c>forecast(method="analytic")</c>).
    /// </summary>
    public double[] ForecastVariances(int steps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        var result = new double[steps];
        result[0] = NextVariance;
        double omega = this["omega"], persistence = Persistence;
        for (int h = 1; h < steps; h++)
        {
            result[h] = omega + (persistence * result[h - 1]);
        }

        return result;
    }
}
