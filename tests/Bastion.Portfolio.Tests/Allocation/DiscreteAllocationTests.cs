using System.Text.Json;
using Bastion.Portfolio.Allocation;

namespace Bastion.Portfolio.Tests.Allocation;

/// <summary>Greedy rounding against PyPortfolioOpt's greedy_portfolio logic (Fixtures/discrete_allocation.expected.json).</summary>
public sealed class DiscreteAllocationTests
{
    private static readonly JsonElement s_ref = Load();

    private static JsonElement Load()
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "discrete_allocation.expected.json")));
        return doc.RootElement.Clone();
    }

    private static Dictionary<string, double> Weights => s_ref.GetProperty("weights").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());

    private static Dictionary<string, decimal> Prices => s_ref.GetProperty("latest_prices").EnumerateObject().ToDictionary(p => p.Name, p => (decimal)p.Value.GetDouble());

    [Theory]
    [InlineData(10000)]
    [InlineData(1000000)]
    public void Greedy_MatchesPyPortfolioOpt(int cash)
    {
        JsonElement expected = s_ref.GetProperty(cash.ToString(System.Globalization.CultureInfo.InvariantCulture));

        DiscreteAllocationResult result = DiscreteAllocation.Greedy(Weights, Prices, cash);

        Assert.Equal(
            expected.GetProperty("shares").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64()).OrderBy(p => p.Key),
            result.Lots.OrderBy(p => p.Key));
        Assert.Equal(expected.GetProperty("leftover").GetDouble(), (double)result.Leftover, 1e-6);
    }

    [Theory]
    [InlineData(10000)]
    [InlineData(1000000)]
    public void LeastSquares_NeverWorseThanGreedyAndWithinCash(int cash)
    {
        DiscreteAllocationResult greedy = DiscreteAllocation.Greedy(Weights, Prices, cash);
        DiscreteAllocationResult ls = DiscreteAllocation.LeastSquares(Weights, Prices, cash);

        Assert.True(ls.TrackingError <= greedy.TrackingError + 1e-15);
        Assert.True(ls.Leftover >= 0);
        decimal spent = ls.Lots.Sum(kv => kv.Value * Prices[kv.Key]);
        Assert.Equal(cash, spent + ls.Leftover);
    }

    [Fact]
    public void LeastSquares_SmallBook_FindsBruteForceOptimum()
    {
        // Two assets at 30 and 70 per lot, 50/50 target, 200 cash: candidates within budget by brute force; the best
        // least-squares book is 3 × 30 + 1 × 70 = 160 (gaps 10 and 30, Σ² = 1000) vs greedy's floor 3 and 1 as well,
        // or 1 × 30 + 2 × 70 = 170 (gaps 70, −40: 6500). Brute force over all n₁, n₂ confirms the minimum.
        var w = new Dictionary<string, double> { ["A"] = 0.5, ["B"] = 0.5 };
        var p = new Dictionary<string, decimal> { ["A"] = 30m, ["B"] = 70m };
        DiscreteAllocationResult ls = DiscreteAllocation.LeastSquares(w, p, 200m);

        double best = double.MaxValue;
        (long, long) arg = (0, 0);
        for (long a = 0; a <= 6; a++)
        {
            for (long b = 0; b <= 2; b++)
            {
                if ((30 * a) + (70 * b) <= 200)
                {
                    double e = Math.Pow(100 - (30 * a), 2) + Math.Pow(100 - (70 * b), 2);
                    if (e < best)
                    {
                        (best, arg) = (e, (a, b));
                    }
                }
            }
        }

        Assert.Equal(arg.Item1, ls.Lots.GetValueOrDefault("A"));
        Assert.Equal(arg.Item2, ls.Lots.GetValueOrDefault("B"));
    }

    [Fact]
    public void Greedy_NegativeWeight_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => DiscreteAllocation.Greedy(new Dictionary<string, double> { ["A"] = -0.1, ["B"] = 1.1 }, new Dictionary<string, decimal> { ["A"] = 1, ["B"] = 1 }, 100));
        Assert.Contains("long-only", ex.Message, StringComparison.Ordinal);
    }
}
