using Bastion.Numerics.Statistics;
using Bastion.Risk.Portfolio;
using Bastion.Risk.VaR;

namespace Bastion.Cli.Commands.Risk;

/// <summary>Computes VaR/ES for the CLI from a return series or from an asset return matrix and weights.</summary>
internal static class VaRCalculator
{
    /// <summary>VaR and ES of a single return series.</summary>
    public static RiskEstimate Series(ReadOnlySpan<double> returns, VaRSettings s)
    {
        int h = s.HorizonDays;
        HorizonScaling scaling = s.Scaling;
        switch (s.Method)
        {
            case "historical":
                return HistoricalVaR.Estimate(returns, s.Confidence, h, scaling, s.Quantile);
            case "normal":
                return ParametricVaR.NormalFromSample(returns, s.Confidence, h, scaling);
            case "student-t":
                return ParametricVaR.StudentTFromSample(returns, s.DegreesOfFreedom, s.Confidence, h, scaling);
            case "cornish-fisher":
                return CornishFisherVaR.FromSample(returns, s.Confidence, h, scaling);
            case "filtered-historical":
                if (scaling == HorizonScaling.OverlappingReturns && h > 1)
                {
                    throw new ArgumentException("filtered-historical supports --scaling sqrt only", "scaling");
                }

                return FilteredHistoricalVaR.Estimate(returns, s.Confidence, s.Filter, s.Lambda, s.Quantile, h);
            default:
                ReadOnlySpan<double> sample = scaling == HorizonScaling.OverlappingReturns && h > 1 ? MultiDayReturns.Overlapping(returns, h) : returns;
                double[] scenarios = s.Simulation == "bootstrap"
                    ? MonteCarloScenarios.Bootstrap(sample, 1, s.Simulations, s.Seed)
                    : MonteCarloScenarios.Parametric(
                        s.Simulation == "student-t" ? ScenarioModel.StudentT : ScenarioModel.Normal,
                        [Moments.Mean(sample)],
                        new[,] { { Moments.Variance(sample) } },
                        s.Simulations,
                        s.Seed,
                        s.DegreesOfFreedom);
                RiskEstimate one = HistoricalVaR.Estimate(scenarios, s.Confidence, s.Quantile);
                return scaling == HorizonScaling.OverlappingReturns || h == 1 ? one with { HorizonDays = h } : one.ScaleBySquareRootOfTime(h);
        }
    }

    /// <summary>
    /// Portfolio VaR/ES (fraction of portfolio value) with a position decomposition when the method has one
    /// (historical, normal, monte-carlo) and the horizon rule is √t; otherwise the portfolio return series goes through <see cref="Series"/>.
    /// </summary>
    public static (RiskEstimate Total, RiskDecomposition? Decomposition) Portfolio(double[] returns, int rows, double[] weights, VaRSettings s)
    {
        int n = weights.Length;
        bool decomposable = s.Scaling == HorizonScaling.SquareRootOfTime || s.HorizonDays == 1;
        RiskDecomposition? d = null;
        if (decomposable && s.Method == "historical")
        {
            d = PortfolioHistoricalRisk.Decompose(returns, weights, s.Confidence, s.Quantile);
        }
        else if (decomposable && s.Method == "normal")
        {
            (double[] means, double[,] cov) = SampleMoments(returns, rows, n);
            d = CovarianceRisk.Decompose(weights, cov, s.Confidence, means);
        }
        else if (decomposable && s.Method == "monte-carlo")
        {
            double[] scenarios;
            if (s.Simulation == "bootstrap")
            {
                scenarios = MonteCarloScenarios.Bootstrap(returns, n, s.Simulations, s.Seed);
            }
            else
            {
                (double[] means, double[,] cov) = SampleMoments(returns, rows, n);
                scenarios = MonteCarloScenarios.Parametric(s.Simulation == "student-t" ? ScenarioModel.StudentT : ScenarioModel.Normal, means, cov, s.Simulations, s.Seed, s.DegreesOfFreedom);
            }

            d = PortfolioHistoricalRisk.Decompose(scenarios, weights, s.Confidence, s.Quantile);
        }

        if (d is not null)
        {
            return s.HorizonDays == 1 ? (d.Total, d) : (d.Total.ScaleBySquareRootOfTime(s.HorizonDays), Scale(d, Math.Sqrt(s.HorizonDays)));
        }

        var pnl = new double[rows];
        ScenarioRevaluation.Revalue(returns, weights, pnl);
        return (Series(pnl, s), null);
    }

    /// <summary>
    /// VaR/ES by factor for <c>--factors</c>: a factor model estimated by OLS of the asset returns on the factor returns (same
    /// rows), then the scenario (historical) or parametric (normal, student-t) factor decomposition, √h-scaled.
    /// </summary>
    public static FactorRiskDecomposition Factors(double[] returns, double[] weights, double[] factorReturns, int factors, VaRSettings s, int neighbours)
    {
        FactorModel model = FactorModel.Estimate(returns, factorReturns, weights.Length, factors);
        FactorRiskDecomposition d = s.Method switch
        {
            "historical" => FactorRiskAttribution.Scenario(returns, factorReturns, model.Exposures, weights, s.Confidence, s.Quantile, neighbours),
            "normal" => FactorRiskAttribution.Parametric(model, weights, s.Confidence),
            _ => FactorRiskAttribution.Parametric(model, weights, s.Confidence, s.DegreesOfFreedom),
        };
        if (s.HorizonDays == 1)
        {
            return d;
        }

        double f = Math.Sqrt(s.HorizonDays);
        return new FactorRiskDecomposition(
            d.Total.ScaleBySquareRootOfTime(s.HorizonDays),
            d.Factors.Select(x => x with { MarginalVaR = x.MarginalVaR * f, ComponentVaR = x.ComponentVaR * f, MarginalES = x.MarginalES * f, ComponentES = x.ComponentES * f }).ToList(),
            d.SpecificVaR * f,
            d.SpecificES * f);
    }

    private static RiskDecomposition Scale(RiskDecomposition d, double f)
        => new(
            d.Total.ScaleBySquareRootOfTime((int)Math.Round(f * f)),
            d.Positions.Select(p => p with
            {
                MarginalVaR = p.MarginalVaR * f,
                ComponentVaR = p.ComponentVaR * f,
                IncrementalVaR = p.IncrementalVaR * f,
                MarginalES = p.MarginalES * f,
                ComponentES = p.ComponentES * f,
                IncrementalES = p.IncrementalES * f,
            }).ToList());

    /// <summary>Sample means and the (n − 1) sample covariance of a row-major return matrix.</summary>
    internal static (double[] Means, double[,] Covariance) SampleMoments(double[] returns, int rows, int n)
    {
        var means = new double[n];
        for (int r = 0; r < rows; r++)
        {
            for (int i = 0; i < n; i++)
            {
                means[i] += returns[(r * n) + i] / rows;
            }
        }

        var cov = new double[n, n];
        for (int r = 0; r < rows; r++)
        {
            for (int i = 0; i < n; i++)
            {
                double di = returns[(r * n) + i] - means[i];
                for (int j = 0; j <= i; j++)
                {
                    cov[i, j] += di * (returns[(r * n) + j] - means[j]) / (rows - 1);
                }
            }
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < i; j++)
            {
                cov[j, i] = cov[i, j];
            }
        }

        return (means, cov);
    }
}
