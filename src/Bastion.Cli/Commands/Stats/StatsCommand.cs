using System.CommandLine;
using System.Globalization;
using Bastion.Analytics.Rigor;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Stats;

/// <summary>
/// <c>bastion stats psr|dsr|mintrl</c>: inference on a Sharpe ratio (Bailey &amp; López de Prado);
/// <c>spa|reality-check</c>: data-snooping tests; <c>block-length|bootstrap-ci</c>: block bootstrap.
/// </summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("stats", "Statistical rigor: PSR, DSR and MinTRL of a Sharpe ratio; SPA and Reality Check; block-bootstrap block lengths and confidence intervals");
        command.Subcommands.Add(Psr(context));
        command.Subcommands.Add(Dsr(context));
        command.Subcommands.Add(MinTrl(context));
        command.Subcommands.Add(SpaCommand.Create(context, realityCheck: false));
        command.Subcommands.Add(SpaCommand.Create(context, realityCheck: true));
        command.Subcommands.Add(BlockLengthCommand.Create(context));
        command.Subcommands.Add(BootstrapCiCommand.Create(context));
        return command;
    }

    private static Option<double> BenchmarkSharpe() => new("--benchmark-sharpe") { Description = "Threshold Sharpe ratio SR* PER PERIOD (default 0)" };

    private static Command Psr(CliContext context)
    {
        var inputs = new SharpeInputs();
        var sr0 = BenchmarkSharpe();
        var format = CommonOptions.Format();
        var command = new Command("psr", """
            Probabilistic Sharpe ratio: probability that the true Sharpe ratio exceeds --benchmark-sharpe.
            Example: bastion stats psr --sharpe 0.05 --observations 1250 --skewness -0.5 --kurtosis 6
            """);
        inputs.AddTo(command);
        command.Options.Add(sr0);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            SharpeStatistics s = inputs.Resolve(parse);
            double threshold = parse.GetValue(sr0);
            double psr = SharpeInference.ProbabilisticSharpeRatio(s.Sharpe, threshold, s.Observations, s.Skewness, s.Kurtosis);
            Write(context, parse.GetValue(format), Common(s, parse.GetValue(inputs.PeriodsPerYear)).Append(("benchmarkSharpe", threshold)).Append(("psr", psr)),
                double.IsNaN(psr) ? "PSR is undefined: 1 - skewness*SR + (kurtosis-1)/4*SR^2 is not positive" : null);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Dsr(CliContext context)
    {
        var inputs = new SharpeInputs();
        var trials = new Option<string?>("--trials") { Description = "File with one per-period trial Sharpe ratio per row (all trials, including the chosen one)" };
        var count = new Option<int?>("--trial-count") { Description = "Number of trials N (instead of --trials)" };
        var variance = new Option<double?>("--trial-variance") { Description = "Variance of the per-period trial Sharpe ratios (with --trial-count)" };
        var format = CommonOptions.Format();
        var command = new Command("dsr", """
            Deflated Sharpe ratio: PSR against the expected maximum Sharpe ratio of N unskilled trials.
            Example: bastion stats dsr --returns best.csv --trials trial_sharpes.csv
            """);
        inputs.AddTo(command);
        command.Options.Add(trials);
        command.Options.Add(count);
        command.Options.Add(variance);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            SharpeStatistics s = inputs.Resolve(parse);
            DeflatedSharpe d;
            if (parse.GetValue(trials) is { } file)
            {
                double[] t = ReadTrials(file);
                d = SharpeInference.DeflatedSharpeRatio(s.Sharpe, s.Observations, s.Skewness, s.Kurtosis, t);
            }
            else if (parse.GetValue(count) is { } n && parse.GetValue(variance) is { } v)
            {
                if (n < 2)
                {
                    throw new CliUsageException($"--trial-count: needs at least 2 trials, got {n}");
                }

                if (!(v >= 0 && double.IsFinite(v)))
                {
                    throw new CliUsageException($"--trial-variance: must be finite and non-negative, got {v}");
                }

                d = SharpeInference.DeflatedSharpeRatio(s.Sharpe, s.Observations, s.Skewness, s.Kurtosis, v, n);
            }
            else
            {
                throw new CliUsageException("give --trials FILE, or --trial-count N with --trial-variance V");
            }

            Write(context, parse.GetValue(format), Common(s, parse.GetValue(inputs.PeriodsPerYear))
                .Append(("trials", d.Trials)).Append(("trialVariance", d.TrialVariance)).Append(("expectedMaxSharpe", d.ExpectedMaximumSharpe)).Append(("dsr", d.Probability)),
                double.IsNaN(d.Probability) ? "DSR is undefined: 1 - skewness*SR + (kurtosis-1)/4*SR^2 is not positive" : null);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command MinTrl(CliContext context)
    {
        var inputs = new SharpeInputs();
        var sr0 = BenchmarkSharpe();
        var confidence = new Option<double>("--confidence") { Description = "Confidence level in (0, 1) (default 0.95)", DefaultValueFactory = _ => 0.95 };
        var format = CommonOptions.Format();
        var command = new Command("mintrl", """
            Minimum track record length: observations needed before the Sharpe ratio exceeds --benchmark-sharpe with --confidence.
            Example: bastion stats mintrl --sharpe 0.1 --observations 500 --skewness -1 --kurtosis 5 --confidence 0.95
            """);
        inputs.AddTo(command);
        command.Options.Add(sr0);
        command.Options.Add(confidence);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            SharpeStatistics s = inputs.Resolve(parse);
            double c = parse.GetValue(confidence);
            if (!(c > 0 && c < 1))
            {
                throw new CliUsageException($"--confidence: must be in (0, 1), got {c.ToString(CultureInfo.InvariantCulture)}");
            }

            double threshold = parse.GetValue(sr0);
            double periods = parse.GetValue(inputs.PeriodsPerYear);
            double trl = SharpeInference.MinimumTrackRecordLength(s.Sharpe, threshold, s.Skewness, s.Kurtosis, c);
            Write(context, parse.GetValue(format), Common(s, periods)
                .Append(("benchmarkSharpe", threshold)).Append(("confidence", c)).Append(("minTrl", trl)).Append(("minTrlYears", trl / periods)),
                double.IsNaN(trl) ? $"MinTRL is undefined: the Sharpe ratio {s.Sharpe.ToString("G6", CultureInfo.InvariantCulture)} is not above the benchmark {threshold.ToString("G6", CultureInfo.InvariantCulture)}, so no track record is long enough" : null);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static IEnumerable<(string Name, double Value)> Common(SharpeStatistics s, double periodsPerYear)
        => [("sharpe", s.Sharpe), ("annualizedSharpe", s.Sharpe * Math.Sqrt(periodsPerYear)), ("observations", s.Observations), ("skewness", s.Skewness), ("kurtosis", s.Kurtosis)];

    private static void Write(CliContext context, OutputFormat format, IEnumerable<(string Name, double Value)> values, string? note)
        => StatsOutput.Write(context, format, [.. values.Select(v => (v.Name, (object)v.Value))], note is null ? [] : [note]);

    private static double[] ReadTrials(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliUsageException($"--trials {path}: file not found");
        }

        var values = new List<double>();
        int line = 0;
        foreach (string raw in File.ReadLines(path))
        {
            line++;
            string text = raw.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
            {
                if (values.Count == 0 && line == FirstDataLine(path))
                {
                    continue; // a header line
                }

                throw new CliUsageException($"{path} line {line}: '{text}' is not a number (one per-period trial Sharpe ratio per line)");
            }

            values.Add(v);
        }

        if (values.Count < 2)
        {
            throw new CliUsageException($"{path}: needs at least 2 trial Sharpe ratios, got {values.Count}");
        }

        return [.. values];
    }

    private static int FirstDataLine(string path)
    {
        int line = 0;
        foreach (string raw in File.ReadLines(path))
        {
            line++;
            string t = raw.Trim();
            if (t.Length > 0 && !t.StartsWith('#'))
            {
                return line;
            }
        }

        return 0;
    }
}
