using System.Text.Json;
using Bastion.Portfolio.Estimation;

namespace Bastion.Portfolio.Tests.Estimation;

/// <summary>
/// PCA factor model and random-matrix denoising against Fixtures/estimators.expected.json (tools/fixtures/portfolio/estimators.py:
/// López de Prado's chapter 2 listings with scikit-learn's KernelDensity and SciPy, NumPy eigh) on data/samples/stock_prices.csv.
/// </summary>
public sealed class FactorAndDenoisingTests
{
    private static readonly Fixture s_data = Fixture.Load("estimators", Fixture.RepoFile("data/samples/stock_prices.csv"));
    private static readonly ReturnPanel s_returns = s_data.Returns(MissingPolicy.Drop);

    private static JsonElement Section(string name) => s_data.Expected.GetProperty(name);

    private static double[,] Matrix(JsonElement m)
    {
        int n = m.GetArrayLength();
        var result = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                result[i, j] = m[i][j].GetDouble();
            }
        }

        return result;
    }

    [Fact]
    public void Returns_DropPolicy_MatchesTheReferencePanel()
    {
        Assert.Equal(s_data.Expected.GetProperty("periods").GetInt32(), s_returns.Periods);
        Fixture.AssertClose(Matrix(s_data.Expected.GetProperty("sample_cov")), new SampleCovariance().Estimate(s_returns).Matrix, 1e-12);
    }

    [Theory]
    [InlineData(FactorBasis.Correlation, "correlation")]
    [InlineData(FactorBasis.Covariance, "covariance")]
    public void Factor_TwoFactors_MatchesNumpyAndKeepsTheSampleDiagonal(FactorBasis basis, string key)
    {
        JsonElement f = Section("factor");

        CovarianceEstimate e = new PcaFactorCovariance(2, basis).Estimate(s_returns);

        Fixture.AssertClose(Matrix(f.GetProperty(key)), e.Matrix, 1e-10);
        Assert.Equal(2, e.FactorCount);
        Assert.Equal(f.GetProperty(key + "_explained").GetDouble(), e.ExplainedVariance!.Value, 1e-12);
        double[,] sample = new SampleCovariance().Estimate(s_returns).Matrix;
        for (int i = 0; i < s_returns.Assets; i++)
        {
            Assert.Equal(sample[i, i], e.Matrix[i, i], sample[i, i] * 1e-12);
        }
    }

    [Fact]
    public void Factor_Automatic_CountsCorrelationEigenvaluesAboveTheNoiseEdge()
    {
        JsonElement f = Section("factor");

        CovarianceEstimate e = new PcaFactorCovariance().Estimate(s_returns);

        Assert.Equal(f.GetProperty("auto_k").GetInt32(), e.FactorCount);
        Fixture.AssertClose(Matrix(f.GetProperty("auto_correlation")), e.Matrix, 1e-10);
        Assert.Equal(f.GetProperty("auto_correlation_explained").GetDouble(), e.ExplainedVariance!.Value, 1e-12);
    }

    [Fact]
    public void Factor_AllFactors_ReproducesTheSampleCovariance()
    {
        CovarianceEstimate e = new PcaFactorCovariance(s_returns.Assets, FactorBasis.Covariance).Estimate(s_returns);

        Fixture.AssertClose(new SampleCovariance().Estimate(s_returns).Matrix, e.Matrix, 1e-12);
        Assert.Equal(1.0, e.ExplainedVariance!.Value, 1e-12);
    }

    [Fact]
    public void Factor_MoreFactorsThanAssets_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PcaFactorCovariance(21).Estimate(s_returns));

    [Fact]
    public void Denoised_ConstantResidual_MatchesTheBookListings()
    {
        JsonElement d = Section("denoised");

        CovarianceEstimate e = new DenoisedCovariance().Estimate(s_returns);

        Assert.Equal(d.GetProperty("signal").GetInt32(), e.FactorCount);
        // σ² sits on its upper bound 1 − 1e-5 here: the book's L-BFGS-B lands on it, SciPy's bounded polish stops 1.8e-8 short.
        Assert.Equal(d.GetProperty("lambda_plus").GetDouble(), e.NoiseEdge!.Value, 1e-7);
        Assert.Equal(d.GetProperty("sigma2_lbfgsb").GetDouble(), e.NoiseEdge!.Value / Math.Pow(1 + Math.Sqrt(1 / s_data.Expected.GetProperty("q").GetDouble()), 2), 1e-9);
        Assert.Null(e.ShrinkageIntensity);
        Fixture.AssertClose(Matrix(d.GetProperty("constant_residual")), e.Matrix, 1e-10);
    }

    [Fact]
    public void Denoised_TargetShrinkage_MatchesSnippet26AndReportsOneMinusAlpha()
    {
        JsonElement d = Section("denoised");
        double alpha = d.GetProperty("target_shrinkage_alpha").GetDouble();

        CovarianceEstimate e = new DenoisedCovariance(new DenoisingOptions { Alpha = alpha }).Estimate(s_returns);

        Fixture.AssertClose(Matrix(d.GetProperty("target_shrinkage")), e.Matrix, 1e-10);
        Assert.Equal(1 - alpha, e.ShrinkageIntensity!.Value, 1e-15);
    }

    [Fact]
    public void Denoised_Detoned_MatchesSection26AndIsSingular()
    {
        JsonElement d = Section("denoised");

        CovarianceEstimate e = new DenoisedCovariance(new DenoisingOptions { Detone = true }).Estimate(s_returns);

        Fixture.AssertClose(Matrix(d.GetProperty("detoned_constant_residual")), e.Matrix, 1e-9);
        Assert.Throws<Bastion.Numerics.LinearAlgebra.MatrixNotPositiveDefiniteException>(() => Bastion.Numerics.LinearAlgebra.Cholesky.Factor(e.Matrix));
    }

    [Theory]
    [InlineData("0.01")]
    [InlineData("0.05")]
    [InlineData("0.25")]
    public void MarchenkoPastur_SyntheticSpectrum_FitsTheBooksSigma2AtEachBandwidth(string bandwidth)
    {
        JsonElement s = Section("synthetic");
        double[] eigenvalues = [.. s.GetProperty("eigenvalues").EnumerateArray().Select(v => v.GetDouble())];
        JsonElement expected = s.GetProperty("by_bandwidth").GetProperty(bandwidth);

        (double sigma2, double lambdaPlus) = MarchenkoPastur.Fit(eigenvalues, s.GetProperty("q").GetDouble(), double.Parse(bandwidth, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected.GetProperty("sigma2").GetDouble(), sigma2, 1e-7);
        Assert.Equal(expected.GetProperty("sigma2_lbfgsb").GetDouble(), sigma2, 1e-7);
        Assert.Equal(expected.GetProperty("lambda_plus").GetDouble(), lambdaPlus, 1e-7);
        Assert.Equal(expected.GetProperty("signal").GetInt32(), eigenvalues.Count(v => v > lambdaPlus));
    }

    [Fact]
    public void DenoisingOptions_OutOfRange_NameTheSetting()
    {
        Assert.Contains("Alpha", Assert.Throws<ArgumentException>(() => new DenoisedCovariance(new DenoisingOptions { Alpha = 1.5 })).Message, StringComparison.Ordinal);
        Assert.Contains("Bandwidth", Assert.Throws<ArgumentException>(() => new DenoisedCovariance(new DenoisingOptions { Bandwidth = 0 })).Message, StringComparison.Ordinal);
        Assert.Contains("MarketComponents", Assert.Throws<ArgumentException>(() => new DenoisedCovariance(new DenoisingOptions { MarketComponents = 0 })).Message, StringComparison.Ordinal);
    }
}
