namespace Bastion.Portfolio.Estimation;

/// <summary>
/// Ledoit–Wolf shrinkage: δ F + (1 − δ) S with the optimal intensity δ estimated from the data, for three targets F.
/// Conventions follow PyPortfolioOpt (which calls scikit-learn for the scaled identity): missing returns count as 0;
/// the scaled-identity and single-factor versions shrink the population covariance (divide by n), the
/// constant-correlation version the sample covariance (n − 1), exactly as the reference implementations do.
/// </summary>
/// <param name="target">The shrinkage target.</param>
public sealed class LedoitWolfCovariance(ShrinkageTarget target = ShrinkageTarget.ScaledIdentity) : ICovarianceEstimator
{
    /// <summary>The shrinkage target.</summary>
    public ShrinkageTarget Target { get; } = Enum.IsDefined(target) ? target : throw new ArgumentOutOfRangeException(nameof(target), target, "unknown shrinkage target");

    /// <inheritdoc />
    public string Name => Target switch
    {
        ShrinkageTarget.ConstantCorrelation => "ledoit-wolf-constant-correlation",
        ShrinkageTarget.SingleFactor => "ledoit-wolf-single-factor",
        _ => "ledoit-wolf",
    };

    /// <inheritdoc />
    public CovarianceEstimate Estimate(ReturnPanel returns, int frequency = 252)
    {
        ArgumentNullException.ThrowIfNull(returns);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frequency);
        double[][] xm = returns.CenteredColumns(out _);
        (double[,] shrunk, double delta) = Target switch
        {
            ShrinkageTarget.ConstantCorrelation => ConstantCorrelation(returns, xm),
            ShrinkageTarget.SingleFactor => SingleFactor(returns, xm),
            _ => ScaledIdentity(xm, returns.Periods),
        };
        SampleCovariance.Scale(shrunk, frequency);
        return new CovarianceEstimate(Name, returns.Symbols, shrunk, frequency, ShrinkageIntensity: delta);
    }

    /// <summary>scikit-learn's <c>ledoit_wolf_shrinkage</c> on centered data.</summary>
    internal static (double[,] Shrunk, double Delta) ScaledIdentity(double[][] x, int t)
    {
        int n = x.Length;
        double[,] emp = GramMatrix.Compute(x);
        SampleCovariance.Scale(emp, 1.0 / t);
        double trace = 0;
        for (int i = 0; i < n; i++)
        {
            trace += emp[i, i];
        }

        double mu = trace / n;

        // β_ = Σᵢⱼ Σₜ xₜᵢ² xₜⱼ² = Σₜ (Σᵢ xₜᵢ²)²: the only use of X²ᵀX² is its total, so it costs O(tn).
        double betaSum = 0;
        for (int r = 0; r < t; r++)
        {
            double rowSq = 0;
            for (int i = 0; i < n; i++)
            {
                rowSq += x[i][r] * x[i][r];
            }

            betaSum += rowSq * rowSq;
        }

        double deltaSum = 0;
        foreach (double v in emp)
        {
            deltaSum += v * v;
        }

        double beta = ((betaSum / t) - deltaSum) / (n * (double)t);
        double delta = (deltaSum - (2.0 * mu * trace) + (n * mu * mu)) / n;
        beta = Math.Min(beta, delta);
        double shrinkage = beta == 0 ? 0 : beta / delta;
        var shrunk = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                shrunk[i, j] = ((1 - shrinkage) * emp[i, j]) + (i == j ? shrinkage * mu : 0);
            }
        }

        return (shrunk, shrinkage);
    }

    /// <summary>Ledoit and Wolf (2003), single-index target with the equal-weighted market (port of their <c>covMarket.m</c> as in PyPortfolioOpt).</summary>
    private static (double[,] Shrunk, double Delta) SingleFactor(ReturnPanel returns, double[][] xm)
    {
        int n = xm.Length, t = returns.Periods;
        var market = new double[t];
        for (int r = 0; r < t; r++)
        {
            double s = 0;
            for (int c = 0; c < n; c++)
            {
                double v = returns[r, c];
                s += double.IsNaN(v) ? 0 : v;
            }

            market[r] = s / n;
        }

        double marketMean = market.Average();
        var marketCentered = new double[t];
        for (int r = 0; r < t; r++)
        {
            marketCentered[r] = market[r] - marketMean;
        }

        double[,] sample = GramMatrix.Compute(xm);
        SampleCovariance.Scale(sample, 1.0 / t);
        var betas = new double[n];
        for (int i = 0; i < n; i++)
        {
            betas[i] = GramMatrix.Dot(xm[i], marketCentered) / t;
        }

        double varMarket = GramMatrix.Dot(marketCentered, marketCentered) / t;
        var f = new double[n, n];
        double c2 = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                f[i, j] = i == j ? sample[i, i] : betas[i] * betas[j] / varMarket;
                double d = sample[i, j] - f[i, j];
                c2 += d * d;
            }
        }

        var y = new double[n][];
        var z = new double[n][];
        for (int i = 0; i < n; i++)
        {
            y[i] = new double[t];
            z[i] = new double[t];
            for (int r = 0; r < t; r++)
            {
                y[i][r] = xm[i][r] * xm[i][r];
                z[i][r] = xm[i][r] * market[r]; // the reference multiplies by the uncentered market return
            }
        }

        double ySum = 0, y2Sum = 0;
        for (int r = 0; r < t; r++)
        {
            double rowSum = 0;
            for (int i = 0; i < n; i++)
            {
                rowSum += y[i][r];
                y2Sum += y[i][r] * y[i][r];
            }

            ySum += rowSum * rowSum;
        }

        double sampleSq = 0, diagSq = 0;
        for (int i = 0; i < n; i++)
        {
            diagSq += sample[i, i] * sample[i, i];
            for (int j = 0; j < n; j++)
            {
                sampleSq += sample[i, j] * sample[i, j];
            }
        }

        double p = (ySum / t) - sampleSq;
        double rDiag = (y2Sum / t) - diagSq;
        double[,] yz = GramMatrix.Cross(y, z);
        double[,] zz = GramMatrix.Compute(z);
        double rOff1 = 0, rOff3 = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double v1 = (yz[i, j] / t) - (betas[i] * sample[i, j]);
                double v3 = (zz[i, j] / t) - (varMarket * sample[i, j]);
                if (i != j)
                {
                    rOff1 += v1 * betas[j];
                    rOff3 += v3 * betas[i] * betas[j];
                }
            }
        }

        rOff1 /= varMarket;
        rOff3 /= varMarket * varMarket;
        double rHat = rDiag + (2 * rOff1) - rOff3;
        double kappa = (p - rHat) / c2;
        double delta = Math.Clamp(kappa / t, 0.0, 1.0);
        return (Blend(f, sample, delta), delta);
    }

    /// <summary>Ledoit and Wolf (2004), constant-correlation target (port of their <c>covCor.m</c> as in PyPortfolioOpt).</summary>
    private static (double[,] Shrunk, double Delta) ConstantCorrelation(ReturnPanel returns, double[][] xm)
    {
        int n = xm.Length, t = returns.Periods;
        double[,] s = new SampleCovariance().EstimateRaw(returns);
        var std = new double[n];
        for (int i = 0; i < n; i++)
        {
            std[i] = Math.Sqrt(s[i, i]);
        }

        double corrSum = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                corrSum += s[i, j] / (std[i] * std[j]);
            }
        }

        double rBar = (corrSum - n) / (n * (n - 1.0));
        var f = new double[n, n];
        double gamma = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                f[i, j] = i == j ? s[i, i] : rBar * (std[i] * std[j]);
                double d = s[i, j] - f[i, j];
                gamma += d * d;
            }
        }

        var y = new double[n][];
        var x3 = new double[n][];
        for (int i = 0; i < n; i++)
        {
            y[i] = new double[t];
            x3[i] = new double[t];
            for (int r = 0; r < t; r++)
            {
                double v = xm[i][r];
                y[i][r] = v * v;
                x3[i][r] = v * v * v;
            }
        }

        double[,] yy = GramMatrix.Compute(y);
        double[,] help = GramMatrix.Compute(xm);
        double[,] term1 = GramMatrix.Cross(x3, xm);
        double piHat = 0, piDiag = 0, thetaSum = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double pi = (yy[i, j] / t) - (2 * help[i, j] * s[i, j] / t) + (s[i, j] * s[i, j]);
                piHat += pi;
                if (i == j)
                {
                    piDiag += pi;
                    continue;
                }

                double theta = (term1[i, j] / t) - (help[i, i] / t * s[i, j]) - (help[i, j] / t * s[i, i]) + (s[i, i] * s[i, j]);
                thetaSum += std[j] / std[i] * theta;
            }
        }

        double rho = piDiag + (rBar * thetaSum);
        double kappa = (piHat - rho) / gamma;
        double delta = Math.Clamp(kappa / t, 0.0, 1.0);
        return (Blend(f, s, delta), delta);
    }

    private static double[,] Blend(double[,] target, double[,] sample, double delta)
    {
        int n = target.GetLength(0);
        var m = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                m[i, j] = (delta * target[i, j]) + ((1 - delta) * sample[i, j]);
            }
        }

        return m;
    }
}
