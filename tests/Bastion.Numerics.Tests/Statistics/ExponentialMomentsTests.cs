using System.Globalization;
using Bastion.Numerics.Statistics;
using Bastion.Numerics.Tests.Infrastructure;

namespace Bastion.Numerics.Tests.Statistics;

/// <summary>Exponentially weighted moments against pandas ewm (tools/fixtures/stats/gen_correlation.py).</summary>
public sealed class ExponentialMomentsTests
{
    private static double P(string s) => s == "nan" ? double.NaN : double.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void EwmSeries_MatchPandas_ForAllAdjustAndBiasSettings()
    {
        int count = 0;
        foreach (string[] row in Fixture.Rows("ewm.csv").Where(r => r[0] != "matrix"))
        {
            var decay = EwmDecay.FromAlpha(Fixture.D(row[1]));
            bool adjust = row[2] == "True";
            bool bias = row[3].Equals("true", StringComparison.OrdinalIgnoreCase);
            double[] x = Fixture.Vector(row[4]);
            double[] y = Fixture.Vector(row[5]);
            double[] expected = row[6].Split(';').Select(P).ToArray();
            double[] actual = row[0] switch
            {
                "mean" => ExponentialMoments.Mean(x, decay, adjust),
                "var" => ExponentialMoments.Variance(x, decay, adjust, bias),
                _ => ExponentialMoments.Covariance(x, y, decay, adjust, bias),
            };
            for (int t = 0; t < expected.Length; t++)
            {
                if (double.IsNaN(expected[t]))
                {
                    Assert.True(double.IsNaN(actual[t]), $"{row[0]} α={decay.Alpha} t={t}: expected NaN, got {actual[t]}");
                }
                else
                {
                    Assert.True(Math.Abs(actual[t] - expected[t]) <= 1e-13 * Math.Max(Math.Abs(expected[t]), 1e-6),
                        $"{row[0]} α={decay.Alpha} adjust={adjust} bias={bias} t={t}: got {actual[t]:R}, pandas {expected[t]:R}");
                }
            }

            count++;
        }

        Assert.Equal(48, count);
    }

    [Fact]
    public void Tracker_FourAssetCovariance_MatchesPandasDataFrameEwmCov()
    {
        foreach (string[] row in Fixture.Rows("ewm.csv").Where(r => r[0] == "matrix"))
        {
            double[,] data = Fixture.Matrix(row[4]);
            double[,] expected = Fixture.Matrix(row[6]);
            var tracker = new ExponentialCovarianceTracker(4, EwmDecay.FromSpan(30), row[2] == "True");
            var obs = new double[4];
            for (int t = 0; t < data.GetLength(0); t++)
            {
                for (int j = 0; j < 4; j++)
                {
                    obs[j] = data[t, j];
                }

                tracker.Update(obs);
            }

            var cov = new double[4, 4];
            tracker.CopyCovariance(cov);
            for (int i = 0; i < 4; i++)
            {
                for (int j = 0; j < 4; j++)
                {
                    Assert.True(Math.Abs(cov[i, j] - expected[i, j]) < 1e-13 * Math.Abs(expected[i, i]), $"[{i},{j}]");
                }
            }
        }
    }

    [Fact]
    public void Decay_ConversionsFollowPandas()
    {
        Assert.Equal(2.0 / 31.0, EwmDecay.FromSpan(30).Alpha);
        Assert.Equal(0.25, EwmDecay.FromCenterOfMass(3).Alpha);
        Assert.Equal(0.5, EwmDecay.FromHalfLife(1).Alpha, 1e-15);
        Assert.Throws<ArgumentOutOfRangeException>("alpha", () => EwmDecay.FromAlpha(0.0));
        Assert.Throws<ArgumentException>("observation", () => new ExponentialCovarianceTracker(2, EwmDecay.FromAlpha(0.1)).Update([1.0]));
        Assert.Throws<ArgumentException>("values", () => ExponentialMoments.Mean([double.NaN], EwmDecay.FromAlpha(0.1)));
    }
}
