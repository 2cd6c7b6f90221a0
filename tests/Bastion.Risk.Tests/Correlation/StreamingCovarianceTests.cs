using System.Text.Json;
using Bastion.Numerics.Random;
using Bastion.Risk.Correlation;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Risk.Tests.Correlation;

public sealed class StreamingCovarianceTests
{
    private static readonly double[,] s_returns = CorrelationFixture.Returns;
    private static readonly int s_assets = s_returns.GetLength(1);

    public static TheoryData<string> Estimators => new() { "rolling", "ewma" };

    private static IStreamingCovariance Create(string kind, int assets)
        => kind == "rolling" ? new RollingCovarianceEstimator(assets, 60) : new EwmaCovarianceEstimator(assets, 0.94);

    private static double[] Row(double[,] panel, int t) => Enumerable.Range(0, panel.GetLength(1)).Select(j => panel[t, j]).ToArray();

    [Fact]
    public void RollingMatrices_StockReturns_MatchPandasRolling()
    {
        JsonElement f = CorrelationFixture.Root.GetProperty("rolling");
        int window = f.GetProperty("window").GetInt32();
        double[][,] cov = RollingMatrices.Covariances(s_returns, window);
        double[][,] corr = RollingMatrices.Correlations(s_returns, window);
        Assert.Equal(s_returns.GetLength(0) - window + 1, cov.Length);
        int k = 0;
        foreach (JsonElement end in f.GetProperty("ends").EnumerateArray())
        {
            int t = end.GetInt32() - window + 1;
            CorrelationFixture.AssertMatrix(f.GetProperty("covariance")[k], cov[t], 1e-9, 1e-16);
            CorrelationFixture.AssertMatrix(f.GetProperty("correlation")[k], corr[t], 1e-9, 1e-11);
            k++;
        }
    }

    [Fact]
    public void Ewma_StockReturns_MatchesPandasEwmAdjustFalse()
    {
        JsonElement f = CorrelationFixture.Root.GetProperty("ewm");
        var estimator = new EwmaCovarianceEstimator(s_assets, f.GetProperty("lambda").GetDouble());
        int[] ends = f.GetProperty("ends").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var cov = new double[s_assets, s_assets];
        var corr = new double[s_assets, s_assets];
        for (int t = 0, k = 0; t <= ends[^1]; t++)
        {
            estimator.Update(Row(s_returns, t));
            if (t == ends[k])
            {
                estimator.CopyCovariance(cov);
                estimator.CopyCorrelation(corr);
                CorrelationFixture.AssertMatrix(f.GetProperty("covariance")[k], cov, 1e-9, 1e-16);
                CorrelationFixture.AssertMatrix(f.GetProperty("correlation")[k], corr, 1e-9, 1e-11);
                k++;
            }
        }
    }

    [Fact]
    public void Rolling_LongRandomStream_EqualsBatchCovarianceOfEachWindow()
    {
        // Streaming == batch over many re-anchorings (window 7, 400 steps), with a large common mean to stress cancellation.
        Prop.ForAll(
            Arb.From(Gen.Choose(1, int.MaxValue)),
            seed =>
            {
                var rng = new RandomStream((ulong)seed);
                int n = 1 + rng.NextInt(5), window = 2 + rng.NextInt(9), rows = 400;
                var panel = new double[rows, n];
                for (int t = 0; t < rows; t++)
                {
                    for (int j = 0; j < n; j++)
                    {
                        panel[t, j] = 100.0 + (0.01 * rng.NextGaussian());
                    }
                }

                var estimator = new RollingCovarianceEstimator(n, window);
                var actual = new double[n, n];
                for (int t = 0; t < rows; t++)
                {
                    estimator.Update(Row(panel, t));
                    if (t < window - 1)
                    {
                        if (estimator.IsReady)
                        {
                            return false;
                        }

                        continue;
                    }

                    estimator.CopyCovariance(actual);
                    double[,] expected = CorrelationMatrices.Covariance(CorrelationFixture.Rows(panel, t - window + 1, window));
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < n; j++)
                        {
                            if (Math.Abs(expected[i, j] - actual[i, j]) > 1e-13) // the data variance is 1e-4
                            {
                                return false;
                            }
                        }
                    }
                }

                return true;
            }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [MemberData(nameof(Estimators))]
    public void Update_NonFiniteOrWrongLength_ThrowsAndLeavesStateUnchanged(string kind)
    {
        IStreamingCovariance estimator = Create(kind, s_assets);
        for (int t = 0; t < 80; t++)
        {
            estimator.Update(Row(s_returns, t));
        }

        var before = new double[s_assets, s_assets];
        estimator.CopyCovariance(before);
        double[] bad = Row(s_returns, 80);
        bad[2] = double.PositiveInfinity;
        Assert.Contains("asset 2", Assert.Throws<ArgumentException>(() => estimator.Update(bad)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => estimator.Update(new double[s_assets + 1]));
        var after = new double[s_assets, s_assets];
        estimator.CopyCovariance(after);
        Assert.Equal(before, after);
        Assert.Equal(80, estimator.Count);
    }

    [Theory]
    [MemberData(nameof(Estimators))]
    public void CopyCorrelation_WrongShape_Throws(string kind)
        => Assert.Throws<ArgumentException>(() => Create(kind, s_assets).CopyCorrelation(new double[s_assets, s_assets - 1]));

    [Theory]
    [MemberData(nameof(Estimators))]
    public void CopyCovariance_BeforeReady_IsNaN(string kind)
    {
        IStreamingCovariance estimator = Create(kind, s_assets);
        estimator.Update(Row(s_returns, 0));
        var cov = new double[s_assets, s_assets];
        estimator.CopyCovariance(cov);
        Assert.False(estimator.IsReady);
        Assert.True(double.IsNaN(cov[0, 1]));
    }

    [Fact]
    public void RollingMatrices_WindowLongerThanData_ThrowsSayingHowManyAreNeeded()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RollingMatrices.Correlations(CorrelationFixture.Rows(s_returns, 0, 30), 60));
        Assert.Contains("needs at least 60 observations, got 30", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ewma_LambdaOutsideUnitInterval_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new EwmaCovarianceEstimator(3, 1.0));
}
