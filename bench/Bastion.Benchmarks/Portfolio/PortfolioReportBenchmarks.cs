using BenchmarkDotNet.Attributes;
using Bastion.Analytics.Reports.Portfolio;
using Bastion.Cli.Commands.Demo;

namespace Bastion.Benchmarks.Portfolio;

/// <summary>
/// The demo's portfolio part on the bundled 20-stock sample (7,126 dates, blank cells before late listings): reading the
/// file, pairwise covariance, five portfolios, a 30-point frontier, risk contributions (target: well under a second),
/// and rendering the standalone HTML page.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 5)]
public class PortfolioReportBenchmarks
{
    // The CLI project ships data/samples/ next to its binaries, and so next to these.
    private readonly string _samples = Path.Combine(AppContext.BaseDirectory, "samples");
    private PortfolioReport _report = null!;

    [GlobalSetup]
    public void Setup() => _report = DemoPortfolio.Build(_samples);

    [Benchmark(Description = "demo portfolio report: estimate, 5 portfolios, 30-point frontier")]
    public PortfolioReport Build() => DemoPortfolio.Build(_samples);

    [Benchmark(Description = "render the portfolio page (3 SVG charts, tables)")]
    public string Render() => PortfolioSection.RenderPage(_report);
}
