using System.Globalization;
using Bastion.Analytics.Reports.Portfolio;
using Bastion.Cli.Commands.Portfolio;
using Bastion.Cli.Infrastructure;
using Bastion.Data.Csv;
using Bastion.Portfolio.Estimation;
using Bastion.Portfolio.Optimization;
using Bastion.Portfolio.Returns;

namespace Bastion.Cli.Commands.Demo;

/// <summary>
/// The demo's portfolio-construction part: the bundled 20-stock sample (late listings leave blank cells, so statistics
/// use pairwise-complete observations, as <c>bastion optimize --missing pairwise</c> does), the sample covariance and
/// compounded mean historical returns, the standard portfolios and an efficient frontier.
/// </summary>
internal static class DemoPortfolio
{
    public const string PricesFile = "stock_prices.csv";

    public const int FrontierPoints = 30;

    public const double RiskFreeRate = 0.02;

    public static PortfolioReport Build(string samplesFolder)
    {
        PriceMatrix prices = WidePriceReader.Read(Path.Combine(samplesFolder, PricesFile));
        ReturnPanel returns = ReturnPanel.FromPrices(prices.ToArray(), prices.Symbols, MissingPolicy.Pairwise);
        CovarianceEstimate cov = new SampleCovariance().Estimate(returns, 252);
        var inputs = new OptimizationInputs
        {
            Symbols = returns.Symbols,
            ExpectedReturns = ExpectedReturns.MeanHistorical(returns, compounding: true, frequency: 252),
            Covariance = cov.Matrix,
            Returns = returns,
            RiskFreeRate = RiskFreeRate,
            Frequency = 252,
        };
        string estimation = PortfolioReportBuilder.Describe(PricesFile, prices, returns, cov, "mean historical (compounded)", "pairwise");
        string title = string.Create(CultureInfo.InvariantCulture, $"{prices.ColumnCount} US stocks, daily {prices.Dates[0].Year}–{prices.Dates[^1].Year}, long-only");
        return PortfolioReportBuilder.Standard(title, estimation, inputs, FrontierPoints);
    }

    /// <summary>The console summary: one row per portfolio.</summary>
    public static void WriteSummary(TextWriter writer, PortfolioReport report)
    {
        Output.WriteTable(writer, ["portfolio (" + report.Symbols.Count.ToString(CultureInfo.InvariantCulture) + " stocks)", "return", "volatility", "Sharpe", "largest weight", "largest risk share"],
            report.Portfolios.Select(p => (IReadOnlyList<string>)
            [
                p.Name, Output.Percent(p.ExpectedReturn), Output.Percent(p.Volatility), Output.Number(p.Sharpe, 3),
                Largest(report.Symbols, p.Weights), Largest(report.Symbols, p.RiskContributions),
            ]));
        foreach (string note in report.Notes)
        {
            writer.WriteLine("note: " + note);
        }
    }

    private static string Largest(IReadOnlyList<string> symbols, IReadOnlyList<double> shares)
    {
        int best = 0;
        for (int i = 1; i < shares.Count; i++)
        {
            best = shares[i] > shares[best] ? i : best;
        }

        return $"{symbols[best]} {Output.Percent(shares[best])}";
    }
}
