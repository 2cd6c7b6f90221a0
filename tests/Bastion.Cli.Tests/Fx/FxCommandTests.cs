using System.Globalization;
using System.Text.Json;
using Bastion.Cli;

namespace Bastion.Cli.Tests.Fx;

public sealed class FxCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void PipValue_EurUsdInJpy_Json_Is1502Yen()
    {
        // Hand arithmetic: 100,000 × 0.0001 = 10 USD per pip; × 150.2 JPY/USD = 1,502 JPY.
        var (code, output, err) = Run("fx", "pip-value", "--pair", "EURUSD", "--account-currency", "JPY", "--rate", "EURUSD=1.08", "--rate", "USDJPY=150.2", "--format", "json");
        Assert.Equal(0, code);
        Assert.Empty(err);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("EURUSD", doc.RootElement.GetProperty("pair").GetString());
        Assert.Equal(10m, doc.RootElement.GetProperty("pipValueQuote").GetDecimal());
        Assert.Equal(1502m, doc.RootElement.GetProperty("pipValueAccount").GetDecimal());
        Assert.Equal("direct", doc.RootElement.GetProperty("route").GetString());
    }

    [Fact]
    public void PipValue_UsdJpyInUsd_TwoMiniLots_Csv()
    {
        // calcpips.com USD/JPY example: (0.01 ÷ 149.5) × 100,000 = 6.69 USD per standard lot; 2 mini lots (20,000 units) = 1.337793 USD.
        var (code, output, _) = Run("fx", "pip-value", "--pair", "USD/JPY", "--rate", "USDJPY=149.5", "--lots", "2", "--lot-size", "10000", "--format", "csv");
        Assert.Equal(0, code);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("pair,units,pip_size,quote_currency,pip_value_quote,account_currency,pip_value_account,conversion_rate,route", lines[0]);
        Assert.StartsWith("USDJPY,20000,0.01,JPY,200,USD,1.337793,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",inverse", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void PipValue_Table_HasHeaderAndRow()
    {
        var (code, output, _) = Run("fx", "pip-value", "--pair", "EURUSD", "--account-currency", "JPY", "--rate", "EURUSD=1.08", "--rate", "USDJPY=150.2");
        Assert.Equal(0, code);
        Assert.Contains("pip_value_account", output, StringComparison.Ordinal);
        Assert.Contains("1502", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Cross_EurJpy_TriangulatesThroughUsd()
    {
        // 1.08 × 150.2 = 162.216; inverse 1 / 162.216 = 0.0061646200128224... (Python decimal, 40 digits), 12 places in JSON.
        var (code, output, _) = Run("fx", "cross", "--pair", "EURJPY", "--rate", "EURUSD=1.08", "--rate", "USDJPY=150.2", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(162.216m, doc.RootElement.GetProperty("rate").GetDecimal());
        Assert.Equal(0.006164620013m, doc.RootElement.GetProperty("inverse").GetDecimal());
        Assert.Equal("via USD", doc.RootElement.GetProperty("route").GetString());
    }

    [Fact]
    public void Cross_Csv_OneRow()
    {
        // Table and CSV show 10 decimal places: 0.0061646200128 → 0.00616462.
        var (code, output, _) = Run("fx", "cross", "--pair", "JPY/EUR", "--rate", "EURUSD=1.08", "--rate", "USDJPY=150.2", "--format", "csv");
        Assert.Equal(0, code);
        Assert.Equal("pair,rate,inverse,route\nJPYEUR,0.00616462,162.216,via USD\n", output.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("--pair", "EURJPYX", "--pair")]
    [InlineData("--pair", "EUREUR", "--pair")]
    [InlineData("--rate", "EURUSD:1.08", "--rate")]
    [InlineData("--rate", "EURUSD=-1", "--rate")]
    public void Cross_BadInput_ExitsTwoNamingTheOption(string option, string value, string named)
    {
        string[] args = option == "--pair"
            ? ["fx", "cross", "--pair", value, "--rate", "EURUSD=1.08"]
            : ["fx", "cross", "--pair", "EURUSD", "--rate", value];
        var (code, output, err) = Run(args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("error: " + named, err, StringComparison.Ordinal);
        Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Cross_MissingRateToTriangulate_ExitsTwoNamingRate()
    {
        var (code, _, err) = Run("fx", "cross", "--pair", "EURJPY", "--rate", "EURUSD=1.08");
        Assert.Equal(2, code);
        Assert.Contains("--rate: no rate to convert EUR to JPY", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--lots", "0", "error: --lots")]
    [InlineData("--lot-size", "-5", "error: --lot-size")]
    [InlineData("--account-currency", "J1", "error: --account-currency")]
    [InlineData("--lots", "abc", "--lots")]
    public void PipValue_BadNumbers_ExitTwo(string option, string value, string expected)
    {
        var (code, _, err) = Run("fx", "pip-value", "--pair", "EURUSD", "--rate", "EURUSD=1.08", option, value);
        Assert.Equal(2, code);
        Assert.Contains(expected, err, StringComparison.Ordinal);
    }

    [Fact]
    public void PipValue_MissingPair_ExitsTwo()
    {
        var (code, _, err) = Run("fx", "pip-value", "--rate", "EURUSD=1.08");
        Assert.Equal(2, code);
        Assert.Contains("--pair", err, StringComparison.Ordinal);
    }

    [Fact]
    public void PipValue_AccountCurrencyUnreachable_ExitsTwo()
    {
        var (code, _, err) = Run("fx", "pip-value", "--pair", "EURUSD", "--account-currency", "CHF", "--rate", "EURUSD=1.08");
        Assert.Equal(2, code);
        Assert.Contains("--rate: no rate to convert USD to CHF", err, StringComparison.Ordinal);
    }
}
