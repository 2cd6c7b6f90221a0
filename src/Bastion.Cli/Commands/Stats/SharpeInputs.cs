using System.CommandLine;
using Bastion.Analytics.Rigor;
using Bastion.Cli.Commands.Metrics;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Stats;

/// <summary>
/// The options every <c>stats</c> verb shares: a return series (<c>--returns FILE [--column]</c>) or summary numbers
/// (<c>--sharpe</c> per period, <c>--observations</c>, <c>--skewness</c>, <c>--kurtosis</c> raw).
/// </summary>
internal sealed class SharpeInputs
{
    public Option<string?> Returns { get; } = new("--returns") { Description = "CSV with a date column and return columns; estimates Sharpe, skewness and kurtosis" };

    public Option<string?> Column { get; } = new("--column") { Description = "Column of --returns (default: the first)" };

    public Option<double?> Sharpe { get; } = new("--sharpe") { Description = "Observed Sharpe ratio PER PERIOD (annual / sqrt(periods per year))" };

    public Option<int?> Observations { get; } = new("--observations") { Description = "Number of returns behind --sharpe" };

    public Option<double> Skewness { get; } = new("--skewness") { Description = "Skewness of the returns (default 0)" };

    public Option<double> Kurtosis { get; } = new("--kurtosis") { Description = "RAW kurtosis of the returns, 3 for normal (default 3)", DefaultValueFactory = _ => 3.0 };

    public Option<double> RiskFree { get; } = new("--risk-free-rate") { Description = "ANNUAL risk-free rate subtracted from --returns before the Sharpe ratio (default 0)" };

    public Option<double> PeriodsPerYear { get; } = new("--periods-per-year") { Description = "Periods per year, to convert --risk-free-rate and report years (default 252)", DefaultValueFactory = _ => 252 };

    public void AddTo(Command command)
    {
        command.Options.Add(Returns);
        command.Options.Add(Column);
        command.Options.Add(Sharpe);
        command.Options.Add(Observations);
        command.Options.Add(Skewness);
        command.Options.Add(Kurtosis);
        command.Options.Add(RiskFree);
        command.Options.Add(PeriodsPerYear);
    }

    public SharpeStatistics Resolve(ParseResult parse)
    {
        string? file = parse.GetValue(Returns);
        double? sharpe = parse.GetValue(Sharpe);
        double periods = parse.GetValue(PeriodsPerYear);
        if (!(periods > 0))
        {
            throw new CliUsageException($"--periods-per-year: must be positive, got {periods}");
        }

        if ((file is null) == (sharpe is null))
        {
            throw new CliUsageException("give either --returns FILE or --sharpe SR with --observations N");
        }

        if (file is not null)
        {
            var series = SeriesFile.Read(file, "--returns", parse.GetValue(Column), prices: false)[0];
            double rf = Math.Pow(1 + parse.GetValue(RiskFree), 1 / periods) - 1;
            try
            {
                return SharpeStatistics.Of(series.Values, rf);
            }
            catch (ArgumentException ex)
            {
                throw CliUsageException.From(ex, $"--returns {file}, column '{series.Name}'");
            }
        }

        int n = parse.GetValue(Observations) ?? throw new CliUsageException("--observations N is required with --sharpe");
        if (n < 2)
        {
            throw new CliUsageException($"--observations: needs at least 2, got {n}");
        }

        double kurt = parse.GetValue(Kurtosis);
        if (!(kurt > 0))
        {
            throw new CliUsageException($"--kurtosis: raw kurtosis (3 for normal) must be positive, got {kurt}");
        }

        if (!double.IsFinite(sharpe!.Value))
        {
            throw new CliUsageException("--sharpe: must be finite");
        }

        return new SharpeStatistics(sharpe.Value, parse.GetValue(Skewness), kurt, n);
    }
}
