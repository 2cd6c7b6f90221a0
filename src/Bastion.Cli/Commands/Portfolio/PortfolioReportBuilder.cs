using System.Globalization;
using Bastion.Analytics.Reports.Portfolio;
using Bastion.Cli.Infrastructure;
using Bastion.Data.Csv;
using Bastion.Portfolio.Estimation;
using Bastion.Portfolio.Optimization;

namespace Bastion.Cli.Commands.Portfolio;

/// <summary>
/// Turns Bastion.Portfolio results (allocations, a frontier) into the plain-number <see cref="PortfolioReport"/> that
/// Bastion.Analytics renders, so Analytics never references Portfolio. Used by <c>bastion demo</c> and by the
/// <c>--report</c> option of <c>bastion optimize</c> and <c>bastion frontier</c>.
/// </summary>
internal static class PortfolioReportBuilder
{
    /// <summary>The portfolios the demo and <c>bastion frontier --report</c> show, in display order.</summary>
    public static readonly string[] StandardMethods = ["equal-weight", "min-volatility", "max-sharpe", "risk-parity", "hrp"];

    /// <summary>The standard portfolios and a frontier of <paramref name="points"/> points under <paramref name="inputs"/>.</summary>
    public static PortfolioReport Standard(string title, string estimation, OptimizationInputs inputs, int points)
    {
        var notes = new List<string>();
        IReadOnlyList<FrontierPoint> frontier = Frontier(inputs, points, notes);
        return Build(title, estimation, inputs, [.. StandardMethods.Select(m => PortfolioOptimizers.Run(m, inputs))], frontier, notes);
    }

    /// <summary>The efficient frontier, or as much of it as was found with the reason added to <paramref name="notes"/>.</summary>
    public static IReadOnlyList<FrontierPoint> Frontier(OptimizationInputs inputs, int points, List<string> notes)
    {
        try
        {
            IReadOnlyList<FrontierPoint> frontier = EfficientFrontier.Compute(inputs, points, out string? failure);
            if (failure is not null)
            {
                notes.Add($"efficient frontier: {failure}");
            }

            return frontier;
        }
        catch (ArgumentException ex)
        {
            notes.Add($"efficient frontier: {ex.Message}");
            return [];
        }
    }

    /// <summary>
    /// Performance and risk contributions wᵢ(Σw)ᵢ / wᵀΣw of every optimal allocation under <paramref name="inputs"/>'
    /// estimates; an allocation that is not optimal becomes a note.
    /// </summary>
    public static PortfolioReport Build(string title, string estimation, OptimizationInputs inputs, IReadOnlyList<PortfolioAllocation> allocations, IReadOnlyList<FrontierPoint> frontier, IReadOnlyList<string> notes)
    {
        var portfolios = new List<PortfolioSummary>(allocations.Count);
        var allNotes = new List<string>(notes);
        foreach (PortfolioAllocation a in allocations)
        {
            if (a.Status != OptimizationStatus.Optimal)
            {
                allNotes.Add($"{a.Method}: {a.Status}: {a.Reason}");
                continue;
            }

            (double mu, double vol, double sharpe) = PortfolioOptimizers.Performance(inputs, a.Weights);
            portfolios.Add(new PortfolioSummary(a.Method, [.. a.Weights], mu, vol, sharpe, RiskParity.RiskContributions(inputs.Covariance, a.Weights)));
        }

        int n = inputs.Symbols.Count;
        return new PortfolioReport
        {
            Title = title,
            Estimation = estimation,
            Symbols = [.. inputs.Symbols],
            AssetReturns = [.. inputs.ExpectedReturns],
            AssetVolatilities = [.. Enumerable.Range(0, n).Select(i => Math.Sqrt(Math.Max(inputs.Covariance[i, i], 0)))],
            RiskFreeRate = inputs.RiskFreeRate,
            Frontier = [.. frontier.Select(p => new RiskReturnPoint(p.Volatility, p.ExpectedReturn))],
            Portfolios = portfolios,
            Notes = allNotes,
        };
    }

    /// <summary>One line saying where the inputs came from and how they were estimated, shown under the report's title.</summary>
    public static string Describe(string source, PriceMatrix prices, ReturnPanel returns, CovarianceEstimate cov, string returnsModel, string missing)
        => string.Create(CultureInfo.InvariantCulture,
            $"{source}: {returns.Periods:N0} periods {prices.Dates[0]:yyyy-MM-dd} to {prices.Dates[^1]:yyyy-MM-dd}, {cov.Frequency} a year; "
            + $"covariance {cov.Method}{(cov.ShrinkageIntensity is double k ? $" (shrinkage {k:F3})" : string.Empty)}{(cov.Repair is string r ? $", {r}" : string.Empty)}; "
            + $"expected returns {returnsModel}; missing prices {missing}");

    /// <summary>Fails before any work when the folder of a <c>--report</c> file does not exist.</summary>
    public static void CheckTarget(string? path)
    {
        if (path is null)
        {
            return;
        }

        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new CliUsageException($"--report: folder {folder} does not exist");
        }
    }

    /// <summary>Writes the standalone offline HTML page; prints where in table mode.</summary>
    public static void WritePage(CliContext context, OutputFormat format, string path, PortfolioReport report)
    {
        File.WriteAllText(path, PortfolioSection.RenderPage(report));
        if (format == OutputFormat.Table)
        {
            context.Out.WriteLine($"report: {path}");
        }
    }
}
