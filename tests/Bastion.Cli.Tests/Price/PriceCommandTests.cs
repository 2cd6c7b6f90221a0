using System.Globalization;
using System.Text.Json;
using Bastion.Cli;

namespace Bastion.Cli.Tests.Price;

public sealed class PriceCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Option_HaugExample_JsonHasPriceAndUnitNamedGreeks()
    {
        // Haug (2007) §1.1.1: S=60, K=65, T=0.25, r=8%, σ=30% → call 2.1334.
        (int code, string output, _) = Run("price", "option", "--type", "call", "--spot", "60", "--strike", "65", "--rate", "0.08",
            "--volatility", "0.3", "--expiry", "0.25", "--format", "json");
        Assert.Equal(0, code);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement root = doc.RootElement;
        Assert.Equal(2.1334, root.GetProperty("price").GetDouble(), 4);
        Assert.Equal(root.GetProperty("thetaPerYear").GetDouble() / 365, root.GetProperty("thetaPerDay").GetDouble(), 12);
        Assert.True(root.GetProperty("vegaPerUnitVol").GetDouble() > 0);
        Assert.Equal("analytic", root.GetProperty("model").GetString());
    }

    [Fact]
    public void Option_Black76AndGarmanKohlhagen_HaugExamples()
    {
        (int code, string output, _) = Run("price", "option", "--type", "put", "--forward", "19", "--strike", "19", "--rate", "0.1",
            "--volatility", "0.28", "--expiry", "0.75", "--model", "black76", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(1.7011, JsonDocument.Parse(output).RootElement.GetProperty("price").GetDouble(), 4);

        (code, output, _) = Run("price", "option", "--type", "call", "--spot", "1.56", "--strike", "1.60", "--rate", "0.06",
            "--foreign-rate", "0.08", "--volatility", "0.12", "--expiry", "0.5", "--model", "garman-kohlhagen", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(0.0291, JsonDocument.Parse(output).RootElement.GetProperty("price").GetDouble(), 4);
    }

    [Fact]
    public void Option_AmericanBaw_HaugTableValueAndPremium()
    {
        // BAW 1987 / Haug (1998) p. 24: put S=90, K=100, T=0.5, r=q=10%, σ=15% → 10.5595 (tolerance 3e-3).
        (int code, string output, _) = Run("price", "option", "--type", "put", "--exercise", "american", "--model", "baw", "--spot", "90",
            "--strike", "100", "--rate", "0.1", "--dividend", "0.1", "--volatility", "0.15", "--expiry", "0.5", "--format", "csv");
        Assert.Equal(0, code);
        string[] lines = output.Trim().Split('\n');
        string[] headers = lines[0].Split(',');
        string[] cells = lines[1].Split(',');
        double price = double.Parse(cells[Array.IndexOf(headers, "price")], CultureInfo.InvariantCulture);
        double premium = double.Parse(cells[Array.IndexOf(headers, "earlyExercisePremium")], CultureInfo.InvariantCulture);
        Assert.True(Math.Abs(price - 10.5595) < 3e-3, $"price {price}");
        Assert.True(premium > 0);
    }

    [Fact]
    public void Option_ExpiryDateAndValuationDate_UseActual365()
    {
        (_, string byDate, _) = Run("price", "option", "--type", "call", "--spot", "100", "--strike", "100", "--volatility", "0.2",
            "--expiry-date", "2025-01-15", "--valuation-date", "2024-01-16", "--format", "json");
        (_, string byYears, _) = Run("price", "option", "--type", "call", "--spot", "100", "--strike", "100", "--volatility", "0.2",
            "--expiry", "1", "--format", "json");
        Assert.Equal(
            JsonDocument.Parse(byYears).RootElement.GetProperty("price").GetDouble(),
            JsonDocument.Parse(byDate).RootElement.GetProperty("price").GetDouble(),
            12);
    }

    [Theory]
    [InlineData("--spot", "-5", "--spot must be a positive number")]
    [InlineData("--volatility", "0", "--volatility must be a positive number")]
    [InlineData("--expiry", "-1", "--expiry must be a positive number")]
    [InlineData("--model", "heston", "known models: analytic, black76")]
    public void Option_BadInput_ExitsTwoWithOneLine(string flag, string value, string expected)
    {
        var args = new List<string> { "price", "option", "--type", "call", "--spot", "100", "--strike", "100", "--volatility", "0.2", "--expiry", "1" };
        int at = args.IndexOf(flag);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([flag, value]);
        }

        (int code, _, string error) = Run([.. args]);
        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void Option_AmericanWithAnalyticModel_ExitsTwoNamingTheOption()
    {
        (int code, _, string error) = Run("price", "option", "--type", "put", "--exercise", "american", "--model", "analytic",
            "--spot", "100", "--strike", "100", "--volatility", "0.2", "--expiry", "1");
        Assert.Equal(2, code);
        Assert.StartsWith("error: put option: --model analytic prices European exercise only", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImpliedVol_RoundTripsAndRejectsArbitrage()
    {
        (int code, string output, _) = Run("price", "implied-vol", "--type", "call", "--price", "2.133371", "--spot", "60", "--strike", "65",
            "--rate", "0.08", "--expiry", "0.25", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(0.30, JsonDocument.Parse(output).RootElement.GetProperty("impliedVolatility").GetDouble(), 5);

        (code, _, string error) = Run("price", "implied-vol", "--type", "call", "--price", "61", "--spot", "60", "--strike", "65",
            "--rate", "0.08", "--expiry", "0.25");
        Assert.Equal(2, code);
        Assert.Contains("call option: --price: price 61 is at or above the upper bound", error, StringComparison.Ordinal);

        (code, _, error) = Run("price", "implied-vol", "--type", "put", "--price", "4", "--spot", "60", "--strike", "65",
            "--rate", "0.0", "--expiry", "0.25");
        Assert.Equal(2, code);
        Assert.Contains("below the discounted intrinsic value", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImpliedVol_AmericanTree_RecoversVolatility()
    {
        (_, string priced, _) = Run("price", "option", "--type", "put", "--exercise", "american", "--model", "binomial-crr", "--steps", "201",
            "--spot", "100", "--strike", "110", "--rate", "0.06", "--volatility", "0.37", "--expiry", "0.5", "--format", "json");
        double price = JsonDocument.Parse(priced).RootElement.GetProperty("price").GetDouble();
        (int code, string output, _) = Run("price", "implied-vol", "--type", "put", "--exercise", "american", "--model", "binomial-crr",
            "--steps", "201", "--price", price.ToString("R", CultureInfo.InvariantCulture), "--spot", "100", "--strike", "110", "--rate", "0.06",
            "--expiry", "0.5", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(0.37, JsonDocument.Parse(output).RootElement.GetProperty("impliedVolatility").GetDouble(), 8);
    }

    [Fact]
    public void Batch_PricesGoodRows_ReportsBadRowsWithFileAndLine_ExitsOne()
    {
        string path = Path.Combine(Path.GetTempPath(), $"bastion-price-batch-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path,
        [
            "type,exercise,spot,strike,rate,dividend,volatility,expiry,model,forward",
            "call,european,60,65,0.08,0,0.3,0.25,,",
            "put,american,100,100,0.05,0,0.2,1,analytic,",
            "put,european,,19,0.1,,0.28,0.75,black76,19",
            "call,european,-1,100,0.05,0,0.2,1,,",
        ]);
        try
        {
            (int code, string output, string error) = Run("price", "batch", "--input", path, "--format", "csv");
            Assert.Equal(1, code);
            string name = Path.GetFileName(path);
            string[] errors = error.Trim().Split('\n');
            Assert.Equal(2, errors.Length);
            Assert.StartsWith($"error: {name}:3:", errors[0], StringComparison.Ordinal);
            Assert.StartsWith($"error: {name}:5:", errors[1], StringComparison.Ordinal);
            Assert.Contains("column 'spot' must be a positive number", errors[1], StringComparison.Ordinal);
            string[] lines = output.Trim().Split('\n');
            Assert.Equal(3, lines.Length);
            string[] headers = lines[0].Split(',');
            int priceAt = Array.IndexOf(headers, "price");
            Assert.Equal(2.1334, double.Parse(lines[1].Split(',')[priceAt], CultureInfo.InvariantCulture), 4);
            Assert.Equal(1.7011, double.Parse(lines[2].Split(',')[priceAt], CultureInfo.InvariantCulture), 4);
            Assert.StartsWith("4,", lines[2], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Batch_MissingFile_ExitsTwo()
    {
        (int code, _, string error) = Run("price", "batch", "--input", "/nonexistent/options.csv");
        Assert.Equal(2, code);
        Assert.Contains("not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Chain_SmileAndBadRows()
    {
        string path = Path.Combine(Path.GetTempPath(), $"bastion-chain-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path,
        [
            "expiry,strike,type,price",
            "2024-04-15,65,call,2.133371",
            "2024-04-15,65,call,80",
        ]);
        try
        {
            // 91 days ≠ 0.25 years exactly, so check the smile against the independent Haug price loosely.
            (int code, string output, string error) = Run("price", "chain", "--input", path, "--spot", "60", "--rate", "0.08",
                "--valuation-date", "2024-01-15", "--format", "csv");
            Assert.Equal(1, code);
            Assert.Contains($"{Path.GetFileName(path)}:3: price:", error, StringComparison.Ordinal);
            string[] lines = output.Trim().Split('\n');
            Assert.Equal(2, lines.Length);
            string[] headers = lines[0].Split(',');
            double iv = double.Parse(lines[1].Split(',')[Array.IndexOf(headers, "impliedVolatility")], CultureInfo.InvariantCulture);
            Assert.InRange(iv, 0.29, 0.31);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
