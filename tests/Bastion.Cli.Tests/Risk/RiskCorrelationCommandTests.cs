using System.Text.Json;

namespace Bastion.Cli.Tests.Risk;

public sealed class RiskCorrelationCommandTests : IDisposable
{
    private readonly RiskCliFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    /// <summary>Three assets: B = 2·A exactly, C = −A, so Pearson gives ±1 everywhere; D breaks ties for the rank methods.</summary>
    private string Returns(string cellOverride = "")
    {
        var lines = new List<string> { "date,A,B,C" };
        double[] a = [0.01, -0.02, 0.015, 0.003, -0.007, 0.012, -0.001, 0.02];
        for (int i = 0; i < a.Length; i++)
        {
            string c = i == 3 && cellOverride.Length > 0 ? cellOverride : (-a[i]).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            lines.Add(FormattableString.Invariant($"2021-01-{i + 1:00},{a[i]:R},{2 * a[i]:R},{c}"));
        }

        return _files.Write("r.csv", string.Join('\n', lines));
    }

    private static double[][] Matrix(string json)
    {
        using JsonDocument doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("matrix").EnumerateArray().Select(r => r.EnumerateArray().Select(x => x.GetDouble()).ToArray()).ToArray();
    }

    [Theory]
    [InlineData("pearson")]
    [InlineData("spearman")]
    [InlineData("kendall")]
    public void Correlation_PerfectlyDependentColumns_PlusMinusOne(string method)
    {
        (int code, string output, string err) = Run("risk", "correlation", "--returns", Returns(), "--method", method, "--format", "json");
        Assert.True(code == 0, err);
        double[][] m = Matrix(output);
        Assert.Equal(1.0, m[0][1], 12);
        Assert.Equal(-1.0, m[0][2], 12);
        Assert.Equal(-1.0, m[2][1], 12);
    }

    [Fact]
    public void Correlation_DistanceMethod_IsOneForLinearDependence()
    {
        (int code, string output, _) = Run("risk", "correlation", "--returns", Returns(), "--method", "distance", "--columns", "A,C", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(1.0, Matrix(output)[0][1], 12);
    }

    [Fact]
    public void Correlation_PricesWithWindowAndCsv_PrintsMatrixOfTheLastWindow()
    {
        string prices = RiskCliFiles.RepositoryFile("data/samples/stock_prices.csv");
        (int code, string output, string err) = Run("risk", "correlation", "--prices", prices, "--columns", "AAPL,JPM,XOM", "--window", "250", "--format", "csv");
        Assert.True(code == 0, err);
        string[] lines = output.Trim().Split('\n');
        Assert.Equal("asset,AAPL,JPM,XOM", lines[0].Trim());
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("AAPL,1,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Correlation_Dcc_PrintsParametersAndLatestMatrix()
    {
        string prices = RiskCliFiles.RepositoryFile("data/samples/stock_prices.csv");
        (int code, string output, string err) = Run("risk", "correlation", "--prices", prices, "--columns", "AAPL,JPM", "--method", "dcc", "--format", "json");
        Assert.True(code == 0, err);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement dcc = doc.RootElement.GetProperty("dcc");
        double a = dcc.GetProperty("a").GetDouble(), b = dcc.GetProperty("b").GetDouble();
        Assert.True(a > 0 && b > 0 && a + b < 1, output);
        Assert.True(double.IsFinite(dcc.GetProperty("logLikelihood").GetDouble()));
        Assert.Equal(2, dcc.GetProperty("garch").GetArrayLength());
        double rho = Matrix(output)[0][1];
        Assert.InRange(rho, -1.0, 1.0);
        (code, string table, _) = Run("risk", "correlation", "--prices", prices, "--columns", "AAPL,JPM", "--method", "dcc");
        Assert.Equal(0, code);
        Assert.Contains("correlation log-likelihood", table, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--columns", "A,Z", "--columns 'Z': no such column")]
    [InlineData("--window", "50", "--window 50: needs at least 50 observations")]
    [InlineData("--method", "bogus", "--method 'bogus'")]
    [InlineData("--lambda", "0.9", "--lambda applies to --method ewma only")]
    public void Correlation_BadOption_OneLineErrorAndExitTwo(string option, string value, string expected)
    {
        (int code, string output, string err) = Run("risk", "correlation", "--returns", Returns(), option, value);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("error: ", err, StringComparison.Ordinal);
        Assert.Contains(expected, err, StringComparison.Ordinal);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void Correlation_NaNCell_ErrorNamesLineAndColumn()
    {
        (int code, _, string err) = Run("risk", "correlation", "--returns", Returns("NaN"));
        Assert.Equal(2, code);
        Assert.Contains(":5: column 'C': 'NaN' is not a finite number", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Correlation_DccConstantColumn_ErrorNamesTheAsset()
    {
        string file = _files.Write("flat.csv", "date,A,B\n" + string.Join('\n', Enumerable.Range(1, 28).Select(i => FormattableString.Invariant($"2021-02-{i:00},0.01,{0.01 * (i % 7):R}"))));
        (int code, string output, string err) = Run("risk", "correlation", "--returns", file, "--method", "dcc");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("column 'A':", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Correlation_BothInputs_Error()
    {
        string file = Returns();
        (int code, _, string err) = Run("risk", "correlation", "--returns", file, "--prices", file);
        Assert.Equal(2, code);
        Assert.Contains("exactly one of --returns or --prices", err, StringComparison.Ordinal);
    }
}
