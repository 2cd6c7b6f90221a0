using System.CommandLine;
using System.Globalization;
using Bastion.Analytics.Performance;
using Bastion.Analytics.Rigor;
using Bastion.Analytics.Series;
using Bastion.Cli.Commands.Metrics;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Stats;

/// <summary><c>bastion stats bootstrap-ci</c>: a block-bootstrap percentile confidence interval of a performance metric.</summary>
internal static class BootstrapCiCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new ReturnInputs();
        var column = new Option<string?>("--column") { Description = "Column of the input (default: the first)" };
        var metric = new Option<string>("--metric") { Description = $"Metric: {string.Join(", ", BootstrapMetric.Names)} (default sharpe)", DefaultValueFactory = _ => "sharpe" };
        var method = new Option<string>("--method") { Description = "Resampling: stationary (Politis-Romano 1994), circular (1992) or moving (Kunsch 1989) blocks (default stationary)", DefaultValueFactory = _ => "stationary" };
        var blockLength = BlockLengthChoice.Create("Politis-White (stationary length for --method stationary, circular length otherwise)");
        var replications = new Option<int>("--replications") { Description = "Bootstrap replications (default 10000)", DefaultValueFactory = _ => 10_000 };
        var confidence = new Option<double>("--confidence") { Description = "Confidence level in (0, 1) (default 0.95)", DefaultValueFactory = _ => 0.95 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the bootstrap's random stream (default 1)", DefaultValueFactory = _ => 1UL };
        var riskFree = new Option<double>("--risk-free-rate") { Description = "ANNUAL risk-free rate for sharpe and omega (default 0)" };
        var required = new Option<double>("--required-return") { Description = "ANNUAL required return for sortino, downside-risk and omega (default 0)" };
        var periods = new Option<double>("--periods-per-year") { Description = "Annualization factor (default 252)", DefaultValueFactory = _ => 252 };
        var format = CommonOptions.Format();
        var command = new Command("bootstrap-ci", """
            Percentile confidence interval and standard error of a performance metric by the block bootstrap (seeded, reproducible).
            Examples:
              bastion stats bootstrap-ci --prices data/samples/spy_prices.csv --metric sharpe --replications 10000 --seed 7
              bastion stats bootstrap-ci --returns strategy.csv --column A --metric max-drawdown --method circular --block-length 20 --confidence 0.9
            """);
        inputs.AddTo(command);
        command.Options.Add(column);
        command.Options.Add(metric);
        command.Options.Add(method);
        command.Options.Add(blockLength);
        command.Options.Add(replications);
        command.Options.Add(confidence);
        command.Options.Add(seed);
        command.Options.Add(riskFree);
        command.Options.Add(required);
        command.Options.Add(periods);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var options = new PerformanceOptions
            {
                PeriodsPerYear = parse.GetValue(periods),
                RiskFreeRate = parse.GetValue(riskFree),
                RequiredReturn = parse.GetValue(required),
            };
            MetricsCommand.Validate(options);
            string methodName = parse.GetValue(method) ?? "stationary";
            BlockBootstrapMethod scheme = methodName switch
            {
                "stationary" => BlockBootstrapMethod.Stationary,
                "circular" => BlockBootstrapMethod.Circular,
                "moving" => BlockBootstrapMethod.Moving,
                _ => throw new CliUsageException($"--method: unknown method '{methodName}' (stationary, circular, moving)"),
            };
            int reps = parse.GetValue(replications);
            if (reps < 100)
            {
                throw new CliUsageException($"--replications: needs at least 100, got {reps}");
            }

            double c = parse.GetValue(confidence);
            if (!(c > 0 && c < 1))
            {
                throw new CliUsageException($"--confidence: must be in (0, 1), got {c.ToString(CultureInfo.InvariantCulture)}");
            }

            double? fixedBlock = BlockLengthChoice.Parse(parse.GetValue(blockLength) ?? "auto");
            string metricName = parse.GetValue(metric) ?? "sharpe";
            string? name = parse.GetValue(column);
            ReturnSeries series = inputs.Read(parse, name is null ? null : [name])[0];
            int n = series.Count;
            ReturnInputs.RequireObservations(n, 10, $"column '{series.Name}'");
            ReturnStatistic statistic = BootstrapMetric.Create(metricName, options, n)
                ?? throw new CliUsageException($"--metric: unknown metric '{metricName}' ({string.Join(", ", BootstrapMetric.Names)})");
            var notes = new List<string>();
            double block;
            if (fixedBlock is { } b)
            {
                BlockLengthChoice.Check(b, n);
                block = b;
            }
            else
            {
                (double stationary, double circular) = OptimalBlockLength.Estimate(series.Values);
                block = BlockLengthChoice.AtLeastOne(scheme == BlockBootstrapMethod.Stationary ? stationary : circular);
                notes.Add($"block length auto: Politis-White {(scheme == BlockBootstrapMethod.Stationary ? "stationary" : "circular")} estimate {block.ToString("G6", CultureInfo.InvariantCulture)}{(scheme == BlockBootstrapMethod.Stationary ? string.Empty : $", rounded to {Math.Round(block).ToString(CultureInfo.InvariantCulture)}")}");
            }

            BootstrapInterval ci = BootstrapConfidence.Interval(series.Values, statistic, block, scheme, reps, c, parse.GetValue(seed));
            if (double.IsNaN(ci.Estimate))
            {
                notes.Add($"{metricName} is undefined on the sample (e.g. constant returns, no drawdown or no return below the threshold)");
            }

            if (double.IsNaN(ci.Lower))
            {
                notes.Add($"no interval: {metricName} is defined on only {ci.Replications} of {reps} resamples");
            }
            else if (ci.Replications < reps)
            {
                notes.Add($"{reps - ci.Replications} of {reps} resamples gave an undefined {metricName} and were left out");
            }

            StatsOutput.Write(context, parse.GetValue(format),
            [
                ("series", series.Name),
                ("metric", metricName),
                ("observations", n),
                ("method", methodName),
                ("blockLength", block),
                ("replications", ci.Replications),
                ("seed", parse.GetValue(seed)),
                ("interval", "percentile"),
                ("confidence", c),
                ("estimate", ci.Estimate),
                ("lower", ci.Lower),
                ("upper", ci.Upper),
                ("standardError", ci.StandardError),
            ], notes);
            return ExitCodes.Ok;
        });
        return command;
    }
}
