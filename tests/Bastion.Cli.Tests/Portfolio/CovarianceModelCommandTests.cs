using System.Text.Json;
using Bastion.Cli.Tests.Backtest;

namespace Bastion.Cli.Tests.Portfolio;

/// <summary>
/// <c>--covariance factor|denoised</c> in the portfolio commands, on the bundled 20-stock file with <c>--missing drop</c>
/// (895 periods). Reference numbers are from tools/fixtures/portfolio/estimators.py (NumPy, and López de Prado's
/// chapter 2 listings with scikit-learn and SciPy), as in tests/Bastion.Portfolio.Tests/Fixtures/estimators.expected.json.
/// </summary>
public sealed class CovarianceModelCommandTests : IDisposable
{
    private static readonly string s_prices = BacktestCommandTests.Sample("stock_prices.csv");
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Covariance_FactorJson_ReportsFactorCountAndExplainedVariance()
    {
        (int code, string stdout, string stderr) = _cli.Run("covariance", "--prices", s_prices, "--missing", "drop", "--covariance", "factor", "--factors", "2", "--format", "json");

        Assert.True(code == 0, stderr);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        JsonElement root = doc.RootElement;
        Assert.Equal("factor", root.GetProperty("method").GetString());
        Assert.Equal(2, root.GetProperty("factorCount").GetInt32());
        Assert.Equal(0.4196965413158432, root.GetProperty("explainedVariance").GetDouble(), 1e-12); // "correlation_explained"
        Assert.Equal(JsonValueKind.Null, root.GetProperty("noiseEdge").ValueKind);
    }

    [Fact]
    public void Covariance_DenoisedTable_NamesSignalEigenvaluesAndNoiseEdge()
    {
        (int code, string stdout, string stderr) = _cli.Run("covariance", "--prices", s_prices, "--missing", "drop", "--covariance", "denoised");

        Assert.True(code == 0, stderr);
        Assert.Contains("method denoised, 895 periods, annualized ×252, 2 signal eigenvalue(s) above λ+ 1.3213", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Covariance_DenoisedWithAlphaJson_ReportsShrinkageIntensityOneMinusAlpha()
    {
        (int code, string stdout, string stderr) = _cli.Run("covariance", "--prices", s_prices, "--missing", "drop", "--covariance", "denoised", "--denoise-alpha", "0.25", "--format", "json");

        Assert.True(code == 0, stderr);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        Assert.Equal(0.75, doc.RootElement.GetProperty("shrinkageIntensity").GetDouble(), 1e-15);
        Assert.Equal(2, doc.RootElement.GetProperty("factorCount").GetInt32());
        Assert.Equal(1.3213071685370275, doc.RootElement.GetProperty("noiseEdge").GetDouble(), 1e-7);
    }

    [Fact]
    public void Optimize_EfficientRiskOnDenoisedCovariance_MeetsTheTarget()
    {
        (int code, string stdout, string stderr) = _cli.Run("optimize", "--prices", s_prices, "--missing", "drop", "--method", "efficient-risk", "--target-volatility", "0.2", "--covariance", "denoised", "--format", "json");

        Assert.True(code == 0, stderr);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        JsonElement root = doc.RootElement;
        Assert.Equal("optimal", root.GetProperty("status").GetString());
        Assert.Equal(0.2, root.GetProperty("volatility").GetDouble(), 1e-7);
        Assert.Equal("denoised", root.GetProperty("covariance").GetProperty("method").GetString());
        Assert.Equal(2, root.GetProperty("covariance").GetProperty("factorCount").GetInt32());
    }

    [Fact]
    public void Frontier_FactorModel_ReturnsTheRequestedPoints()
    {
        (int code, string stdout, string stderr) = _cli.Run("frontier", "--prices", s_prices, "--missing", "drop", "--covariance", "factor", "--factors", "3", "--points", "5", "--format", "json");

        Assert.True(code == 0, stderr);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        Assert.Equal("factor", doc.RootElement.GetProperty("covariance").GetString());
        Assert.Equal(3, doc.RootElement.GetProperty("covarianceFactorCount").GetInt32());
        Assert.Equal(5, doc.RootElement.GetProperty("points").GetArrayLength());
    }

    [Theory]
    [InlineData("--covariance sample --factors 2", "--factors applies to --covariance factor only (got --covariance sample)")]
    [InlineData("--covariance factor --detone", "--detone applies to --covariance denoised only (got --covariance factor)")]
    [InlineData("--covariance factor --factors 0", "--factors must be at least 1, got 0")]
    [InlineData("--covariance factor --factors 21", "--factors: 21 factors for 20 assets; at most 20")]
    [InlineData("--covariance factor --factor-basis returns", "--factor-basis must be correlation or covariance, got 'returns'")]
    [InlineData("--covariance denoised --denoise-alpha 1.5", "--denoise-alpha must be in [0, 1], got 1.5")]
    [InlineData("--covariance denoised --kde-bandwidth 0", "--kde-bandwidth must be positive, got 0")]
    public void Covariance_BadModelOption_OneLineErrorExitTwo(string options, string message)
    {
        (int code, string stdout, string stderr) = _cli.Run(["covariance", "--prices", s_prices, "--missing", "drop", .. options.Split(' ')]);

        Assert.Equal(2, code);
        Assert.Equal($"error: {message}", stderr.TrimEnd());
        Assert.Empty(stdout);
    }
}
