using Bastion.Numerics.LinearAlgebra;
using Bastion.Numerics.Random;
using Bastion.Portfolio.Estimation;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Portfolio.Tests.Estimation;

/// <summary>Invariants of the factor and denoised estimators on random factor panels: the diagonal is the sample
/// variance, the matrix is symmetric positive semidefinite, and the reported counts are in range.</summary>
public sealed class SpectralEstimatorPropertyTests
{
    [Fact]
    public void Estimate_RandomPanels_KeepSampleVariancesAndStayPositiveSemidefinite()
    {
        Prop.ForAll(Arb.From(Gen.Choose(1, int.MaxValue)), seed =>
        {
            var rng = new RandomStream((ulong)seed);
            int n = 3 + rng.NextInt(25), periods = n + 5 + rng.NextInt(300);
            var r = new double[periods, n];
            double[] beta = [.. Enumerable.Range(0, n).Select(_ => rng.NextDouble() * 1.5)];
            for (int t = 0; t < periods; t++)
            {
                double m = rng.NextGaussian();
                for (int i = 0; i < n; i++)
                {
                    r[t, i] = 0.01 * ((beta[i] * m) + rng.NextGaussian());
                }
            }

            ReturnPanel panel = ReturnPanel.FromReturns(r, [.. Enumerable.Range(0, n).Select(i => $"S{i}")]);
            double[,] sample = new SampleCovariance().Estimate(panel).Matrix;
            int k = 1 + rng.NextInt(n);
            ICovarianceEstimator[] estimators =
            [
                new PcaFactorCovariance(k, rng.NextDouble() < 0.5 ? FactorBasis.Correlation : FactorBasis.Covariance),
                new PcaFactorCovariance(),
                new DenoisedCovariance(new DenoisingOptions { Alpha = rng.NextDouble() < 0.5 ? rng.NextDouble() : null }),
                new DenoisedCovariance(new DenoisingOptions { Detone = true }),
            ];
            foreach (ICovarianceEstimator estimator in estimators)
            {
                CovarianceEstimate e = estimator.Estimate(panel);
                for (int i = 0; i < n; i++)
                {
                    Assert.Equal(sample[i, i], e.Matrix[i, i], sample[i, i] * 1e-10);
                    for (int j = 0; j < i; j++)
                    {
                        Assert.Equal(e.Matrix[i, j], e.Matrix[j, i]);
                    }
                }

                double smallest = SymmetricEigen.Decompose(e.Matrix).Values[0];
                Assert.True(smallest >= -1e-10 * sample.Cast<double>().Max(), $"{estimator.Name}: eigenvalue {smallest}");
                Assert.InRange(e.FactorCount!.Value, estimator is DenoisedCovariance ? 0 : 1, n);
                if (e.ExplainedVariance is double share)
                {
                    Assert.InRange(share, 0, 1 + 1e-12);
                }
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }
}
