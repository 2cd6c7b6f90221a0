using System.CommandLine;
using Bastion.Analytics.Attribution;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Attribution;

/// <summary>
/// The attribution options of <c>bastion report</c>: <c>--factors FILE [--percent] [--lags N]</c>,
/// <c>--styles FILE [--style-window N]</c>, <c>--sector-portfolio FILE --sector-benchmark FILE</c> (Carino linking).
/// </summary>
internal sealed class ReportAttributionOptions
{
    private readonly Option<string?> _factors = new("--factors") { Description = "Factor returns (Fama–French layout, RF column) for a factor-attribution section" };
    private readonly Option<bool> _percent = new("--percent") { Description = "Factor and style files are in percent (Ken French's files): divide by 100" };
    private readonly Option<int?> _lags = new("--lags") { Description = "Newey–West lag for the factor regression (default floor(4 (n/100)^(2/9)))" };
    private readonly Option<string?> _styles = new("--styles") { Description = "Style-index returns (date,<style>,...) for a style-analysis section" };
    private readonly Option<int?> _window = new("--style-window") { Description = "Rolling style-analysis window in periods" };
    private readonly Option<string?> _sectorPortfolio = new("--sector-portfolio") { Description = "Portfolio sector file (date,sector,weight,return) for a Brinson–Fachler section, with --sector-benchmark" };
    private readonly Option<string?> _sectorBenchmark = new("--sector-benchmark") { Description = "Benchmark sector file, same layout" };

    public void AddTo(Command command)
    {
        command.Options.Add(_factors);
        command.Options.Add(_percent);
        command.Options.Add(_lags);
        command.Options.Add(_styles);
        command.Options.Add(_window);
        command.Options.Add(_sectorPortfolio);
        command.Options.Add(_sectorBenchmark);
    }

    /// <summary>The inputs given, or null when neither file was.</summary>
    public ReportAttributionInput? Resolve(ParseResult parse)
    {
        string? f = parse.GetValue(_factors), s = parse.GetValue(_styles), p = parse.GetValue(_sectorPortfolio), b = parse.GetValue(_sectorBenchmark);
        if ((p is null) != (b is null))
        {
            throw new CliUsageException("give both --sector-portfolio and --sector-benchmark, or neither");
        }

        if (f is null && s is null && p is null)
        {
            return null;
        }

        bool percent = parse.GetValue(_percent);
        if (parse.GetValue(_lags) is < 0)
        {
            throw new CliUsageException("--lags: must be 0 or more");
        }

        return new ReportAttributionInput
        {
            Factors = f is null ? null : AttributionCommand.Guard(() => ReturnPanelFile.Read(f, percent), $"--factors {f}"),
            FactorOptions = new FactorAttributionOptions { Lags = parse.GetValue(_lags) },
            Styles = s is null ? null : AttributionCommand.Guard(() => ReturnPanelFile.Read(s, percent), $"--styles {s}"),
            StyleWindow = parse.GetValue(_window),
            Brinson = p is null || b is null ? null : AttributionCommand.Guard(
                () => BrinsonFachler.Compute(SectorPairing.Pair(SectorFile.Read(p), p, SectorFile.Read(b), b).Periods),
                "--sector-portfolio/--sector-benchmark"),
        };
    }
}
