using MathNet.Numerics;

namespace Bastion.Risk.Volatility;

/// <summary>
/// The GARCH/GJR log-likelihood with its analytic gradient (and per-observation scores for the robust covariance),
/// by forward recursion of ∂σ²ₜ/∂θ. Parameter order as <see cref="GarchSpecification.ParameterNames"/>.
/// A buffer-owning evaluator: one instance per thread.
/// </summary>
internal sealed class GarchLikelihood
{
    private const double Log2Pi = 1.8378770664093453;
    private readonly double[] _returns;
    private readonly double[] _residuals;
    private readonly double[] _dh;
    private readonly double[] _dhNext;

    public GarchLikelihood(double[] returns, GarchSpecification specification)
    {
        _returns = returns;
        Specification = specification;
        _residuals = new double[returns.Length];
        int k = 0;
        MeanIndex = specification.Mean == MeanModel.Constant ? k++ : -1;
        OmegaIndex = k++;
        AlphaIndex = k++;
        GammaIndex = specification.Model == VolatilityModel.GjrGarch ? k++ : -1;
        BetaIndex = k++;
        NuIndex = specification.Distribution == InnovationDistribution.StudentT ? k++ : -1;
        Count = k;
        _dh = new double[k];
        _dhNext = new double[k];
    }

    public GarchSpecification Specification { get; }

    public int Count { get; }

    public int MeanIndex { get; }

    public int OmegaIndex { get; }

    public int AlphaIndex { get; }

    public int GammaIndex { get; }

    public int BetaIndex { get; }

    public int NuIndex { get; }

    public int Observations => _returns.Length;

    /// <summary>arch's constraints: ω &gt; 0, α ≥ 0, α + γ ≥ 0, β ≥ 0, α + γ/2 + β &lt; 1, 2.05 &lt; ν ≤ 500.</summary>
    public bool IsFeasible(ReadOnlySpan<double> p)
    {
        double gamma = GammaIndex >= 0 ? p[GammaIndex] : 0.0;
        bool ok = p[OmegaIndex] > 0.0 && p[AlphaIndex] >= 0.0 && p[AlphaIndex] + gamma >= 0.0 && p[BetaIndex] >= 0.0
            && p[AlphaIndex] + (0.5 * gamma) + p[BetaIndex] < 1.0;
        return ok && (NuIndex < 0 || (p[NuIndex] > 2.05 && p[NuIndex] <= 500.0));
    }

    /// <summary>
    /// Log-likelihood at <paramref name="p"/>; fills <paramref name="gradient"/> (length Count) when non-empty,
    /// <paramref name="variances"/> (length n) when non-empty, and per-observation scores (row-major n × Count) when non-empty.
    /// Returns NaN when infeasible or a variance is not positive.
    /// </summary>
    public double Evaluate(ReadOnlySpan<double> p, Span<double> gradient, Span<double> variances, Span<double> scores)
    {
        if (!IsFeasible(p))
        {
            return double.NaN;
        }

        int n = _returns.Length, k = Count;
        double mu = MeanIndex >= 0 ? p[MeanIndex] : 0.0;
        double omega = p[OmegaIndex], alpha = p[AlphaIndex], beta = p[BetaIndex];
        double gamma = GammaIndex >= 0 ? p[GammaIndex] : 0.0;
        double nu = NuIndex >= 0 ? p[NuIndex] : 0.0;
        bool wantGradient = !gradient.IsEmpty || !scores.IsEmpty;
        for (int t = 0; t < n; t++)
        {
            _residuals[t] = _returns[t] - mu;
        }

        double s = StartValue.Compute(_residuals, Specification.Start, out double dsdmu);
        bool studentT = NuIndex >= 0;
        double constant = 0.0, dConstant = 0.0;
        if (studentT)
        {
            constant = SpecialFunctions.GammaLn(0.5 * (nu + 1.0)) - SpecialFunctions.GammaLn(0.5 * nu) - (0.5 * Math.Log(Math.PI * (nu - 2.0)));
            dConstant = wantGradient ? (0.5 * SpecialFunctions.DiGamma(0.5 * (nu + 1.0))) - (0.5 * SpecialFunctions.DiGamma(0.5 * nu)) - (0.5 / (nu - 2.0)) : 0.0;
        }

        if (wantGradient)
        {
            Array.Clear(_dh);
            _dh[OmegaIndex] = 1.0;
            _dh[AlphaIndex] = s;
            _dh[BetaIndex] = s;
            if (GammaIndex >= 0)
            {
                _dh[GammaIndex] = 0.5 * s;
            }

            if (MeanIndex >= 0)
            {
                _dh[MeanIndex] = (alpha + (0.5 * gamma) + beta) * dsdmu;
            }

            if (!gradient.IsEmpty)
            {
                gradient[..k].Clear();
            }
        }

        double h = omega + ((alpha + (0.5 * gamma) + beta) * s);
        double ll = 0.0;
        for (int t = 0; t < n; t++)
        {
            if (!(h > 0.0) || !double.IsFinite(h))
            {
                return double.NaN;
            }

            if (!variances.IsEmpty)
            {
                variances[t] = h;
            }

            double e = _residuals[t];
            double e2 = e * e;
            double dldh, dlde, dldnu = 0.0;
            if (studentT)
            {
                double q = e2 / (h * (nu - 2.0));
                double log1q = Math.Log(1.0 + q);
                ll += constant - (0.5 * Math.Log(h)) - (0.5 * (nu + 1.0) * log1q);
                double ratio = q / (1.0 + q);
                dldh = (-0.5 / h) + (0.5 * (nu + 1.0) * ratio / h);
                dlde = -(nu + 1.0) * e / (h * (nu - 2.0) * (1.0 + q));
                dldnu = dConstant - (0.5 * log1q) + (0.5 * (nu + 1.0) * ratio / (nu - 2.0));
            }
            else
            {
                ll -= 0.5 * (Log2Pi + Math.Log(h) + (e2 / h));
                dldh = -0.5 * ((1.0 / h) - (e2 / (h * h)));
                dlde = -e / h;
            }

            double indicator = GammaIndex >= 0 && e < 0.0 ? 1.0 : 0.0;
            if (wantGradient)
            {
                Span<double> row = scores.IsEmpty ? Span<double>.Empty : scores.Slice(t * k, k);
                for (int j = 0; j < k; j++)
                {
                    double g = dldh * _dh[j];
                    if (j == MeanIndex)
                    {
                        g -= dlde;
                    }
                    else if (j == NuIndex)
                    {
                        g += dldnu;
                    }

                    if (!gradient.IsEmpty)
                    {
                        gradient[j] += g;
                    }

                    if (!row.IsEmpty)
                    {
                        row[j] = g;
                    }
                }

                // ∂σ²ₜ₊₁/∂θ = base + β ∂σ²ₜ/∂θ.
                for (int j = 0; j < k; j++)
                {
                    _dhNext[j] = beta * _dh[j];
                }

                _dhNext[OmegaIndex] += 1.0;
                _dhNext[AlphaIndex] += e2;
                _dhNext[BetaIndex] += h;
                if (GammaIndex >= 0)
                {
                    _dhNext[GammaIndex] += indicator * e2;
                }

                if (MeanIndex >= 0)
                {
                    _dhNext[MeanIndex] += (alpha + (gamma * indicator)) * (-2.0 * e);
                }

                _dhNext.CopyTo(_dh, 0);
            }

            h = omega + ((alpha + (gamma * indicator)) * e2) + (beta * h);
        }

        LastNextVariance = h;
        return ll;
    }

    /// <summary>σ²ₙ₊₁ after the last <see cref="Evaluate"/>.</summary>
    public double LastNextVariance { get; private set; }
}
