using System.Globalization;
using System.Text.Json;
using Bastion.Portfolio.Clustering;
using Bastion.Portfolio.Estimation;
using Bastion.Portfolio.Optimization;

namespace Bastion.Portfolio.Tests.Optimization;

/// <summary>
/// HRP on the 20-stock sample (ragged: late listings) against PyPortfolioOpt's HRPOpt logic with SciPy 1.10.1 linkage
/// (Fixtures/hrp_stock_prices.expected.json) and against PyPortfolioOpt's own test fixture weights_hrp.csv.
/// </summary>
public sealed class HierarchicalRiskParityTests
{
    private static readonly Fixture s_data = Fixture.Load("hrp_stock_prices", Fixture.RepoFile("data/samples/stock_prices.csv"));
    private static readonly ReturnPanel s_returns = s_data.Returns(MissingPolicy.Pairwise);

    [Theory]
    [InlineData(LinkageMethod.Single, "single")]
    [InlineData(LinkageMethod.Complete, "complete")]
    [InlineData(LinkageMethod.Average, "average")]
    [InlineData(LinkageMethod.Ward, "ward")]
    public void Optimize_MatchesScipyLinkageAndPyPortfolioOpt(LinkageMethod linkage, string key)
    {
        JsonElement expected = s_data.Expected.GetProperty(key);

        (PortfolioAllocation allocation, IReadOnlyList<string> order) = HierarchicalRiskParity.Optimize(s_returns, linkage);

        Assert.Equal(expected.GetProperty("order").EnumerateArray().Select(e => e.GetString()), order);
        Fixture.AssertClose([.. expected.GetProperty("weights").EnumerateArray().Select(e => e.GetDouble())], [.. allocation.Weights], 1e-10);
        Assert.Equal(OptimizationStatus.Optimal, allocation.Status);
        Assert.Equal(1.0, allocation.Weights.Sum(), 1e-12);
        Assert.All(allocation.Weights, w => Assert.True(w > 0));
    }

    [Fact]
    public void Optimize_SingleLinkage_ReproducesPyPortfolioOptTestFixture()
    {
        // tests/resources/weights_hrp.csv of PyPortfolioOpt 1.5.6 (its test_hrp_portfolio compares with rtol 1e-2).
        string[] lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "pypfopt_weights_hrp.csv"));
        (PortfolioAllocation allocation, _) = HierarchicalRiskParity.Optimize(s_returns, LinkageMethod.Single);

        foreach (string line in lines.Skip(1))
        {
            string[] cells = line.Split(',');
            double expected = double.Parse(cells[1], CultureInfo.InvariantCulture);
            Assert.Equal(expected, allocation.WeightOf(cells[0]), expected * 1e-9);
        }
    }

    [Fact]
    public void ClusterTree_TwoTightPairs_MergesPairsFirst()
    {
        // Items 0,1 at distance 1 and 2,3 at distance 2; the pairs are 10 apart.
        double[,] d =
        {
            { 0, 1, 10, 10 },
            { 1, 0, 10, 10 },
            { 10, 10, 0, 2 },
            { 10, 10, 2, 0 },
        };
        ClusterTree tree = ClusterTree.Build(d, LinkageMethod.Average);

        Assert.Equal([0, 2, 4], tree.Left);
        Assert.Equal([1, 3, 5], tree.Right);
        Assert.Equal([1.0, 2.0, 10.0], tree.Height);
        Assert.Equal([0, 1, 2, 3], tree.LeafOrder());
    }

    [Fact]
    public void Optimize_ZeroVariance_NamesTheAsset()
    {
        double[,] cov = { { 0.04, 0 }, { 0, 0 } };
        var ex = Assert.Throws<ArgumentException>(() => HierarchicalRiskParity.Optimize(cov, ["A", "B"]));
        Assert.Contains("B has variance 0", ex.Message, StringComparison.Ordinal);
    }
}
