using System.CommandLine;
using System.Globalization;
using Bastion.Analytics.Rigor;
using Bastion.Analytics.Series;
using Bastion.Cli.Commands.Metrics;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Stats;

/// <summary>
/// <c>bastion stats spa</c> (Hansen 2005) and <c>bastion stats reality-check</c> (White 2000): does any strategy beat
/// the benchmark after accounting for the number of strategies tried? The loss is the negative return, so the loss
/// difference of strategy k is its return minus the benchmark's, dₖₜ = rₖₜ − bₜ.
/// </summary>
internal static class SpaCommand
{
    public static Command Create(CliContext context, bool realityCheck)
    {
        var inputs = new ReturnInputs();
        var columns = new Option<string?>("--columns") { Description = "Comma-separated strategy columns (default: every column)" };
        var benchmark = new Option<string?>("--benchmark") { Description = "Benchmark CSV, same kind as the input (returns with --returns, prices with --prices)" };
        var benchmarkColumn = new Option<string?>("--benchmark-column") { Description = "Benchmark column (default: the first)" };
        var zero = new Option<bool>("--benchmark-zero") { Description = "Benchmark return 0 every period (tests whether any strategy has a positive mean return)" };
        var replications = new Option<int>("--replications") { Description = "Bootstrap replications (default 10000)", DefaultValueFactory = _ => 10_000 };
        var blockLength = BlockLengthChoice.Create("mean over strategies of the Politis-White stationary block length of r_k - b");
        var seed = new Option<ulong>("--seed") { Description = "Seed of the bootstrap's random stream (default 1)", DefaultValueFactory = _ => 1UL };
        var periods = new Option<double>("--periods-per-year") { Description = "Periods per year, to annualize the mean excess returns (default 252)", DefaultValueFactory = _ => 252 };
        var format = CommonOptions.Format();
        var command = realityCheck
            ? new Command("reality-check", """
                White's (2000) Reality Check: p-value of "no strategy beats the benchmark" (stationary bootstrap, loss = -return).
                Examples:
                  bastion stats reality-check --prices data/samples/stock_prices.csv --columns AAPL,GE,WMT --benchmark data/samples/spy_prices.csv
                  bastion stats reality-check --returns strategies.csv --benchmark-zero --block-length 10 --seed 7 --format json
                """)
            : new Command("spa", """
                Hansen's (2005) test for superior predictive ability: consistent, lower and upper p-values of "no strategy beats
                the benchmark" (stationary bootstrap, loss = -return, studentized).
                Examples:
                  bastion stats spa --prices data/samples/stock_prices.csv --columns AAPL,GE,WMT,XOM --benchmark data/samples/spy_prices.csv
                  bastion stats spa --returns strategies.csv --benchmark-zero --replications 10000 --block-length auto --seed 7 --format json
                """);
        inputs.AddTo(command);
        command.Options.Add(columns);
        command.Options.Add(benchmark);
        command.Options.Add(benchmarkColumn);
        command.Options.Add(zero);
        command.Options.Add(replications);
        command.Options.Add(blockLength);
        command.Options.Add(seed);
        command.Options.Add(periods);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            int reps = parse.GetValue(replications);
            if (reps < 100)
            {
                throw new CliUsageException($"--replications: needs at least 100, got {reps}");
            }

            double perYear = parse.GetValue(periods);
            if (!(perYear > 0 && double.IsFinite(perYear)))
            {
                throw new CliUsageException($"--periods-per-year: must be positive, got {perYear.ToString(CultureInfo.InvariantCulture)}");
            }

            double? fixedBlock = BlockLengthChoice.Parse(parse.GetValue(blockLength) ?? "auto");
            string? benchFile = parse.GetValue(benchmark);
            bool benchZero = parse.GetValue(zero);
            if ((benchFile is null) == !benchZero)
            {
                throw new CliUsageException("give exactly one of --benchmark FILE or --benchmark-zero");
            }

            string[]? names = parse.GetValue(columns)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            IReadOnlyList<ReturnSeries> strategies = inputs.Read(parse, names);
            var all = new List<ReturnSeries>(strategies);
            if (benchFile is not null)
            {
                all.Add(SeriesFile.Read(benchFile, "--benchmark", parse.GetValue(benchmarkColumn), inputs.IsPrices(parse))[0]);
            }

            CommonDates aligned = CommonDates.Align(all);
            int n = aligned.Observations;
            ReturnInputs.RequireObservations(n, SuperiorPredictiveAbility.MinimumObservations, benchFile is null ? "strategies" : "strategies and benchmark on common dates");
            int k = strategies.Count;
            double[] bench = benchFile is null ? new double[n] : aligned.Values[k];
            // Losses are negative returns: d_k = L_0 - L_k = r_k - b.
            double[] benchLoss = [.. bench.Select(b => -b)];
            double[][] losses = [.. aligned.Values.Take(k).Select(r => r.Select(x => -x).ToArray())];
            var notes = new List<string>();
            if (aligned.Dropped > 0)
            {
                notes.Add($"aligned {k} strateg{(k == 1 ? "y" : "ies")}{(benchFile is null ? string.Empty : " and the benchmark")} on {n} common dates; dropped {aligned.Dropped} date(s) not in every series");
            }

            double block = fixedBlock ?? AutoBlockLength(aligned.Values, bench, k, notes);
            BlockLengthChoice.Check(block, n);
            SpaResult r = SuperiorPredictiveAbility.Test(benchLoss, losses, block, reps, parse.GetValue(seed));
            double sqrtN = Math.Sqrt(n);
            double Statistic(int m) => realityCheck ? sqrtN * r.MeanDifferences[m]
                : r.StandardDeviations[m] > 0 ? sqrtN * r.MeanDifferences[m] / r.StandardDeviations[m] : double.NaN;
            int best = realityCheck ? ArgMax(r.MeanDifferences) : r.BestModel;
            var fields = new List<(string, object)>
            {
                ("test", realityCheck ? "White (2000) Reality Check" : "Hansen (2005) SPA"),
                ("observations", n),
                ("strategies", k),
                ("benchmark", benchFile is null ? "zero" : all[k].Name),
                ("replications", reps),
                ("blockLength", block),
                ("seed", parse.GetValue(seed)),
                ("bestStrategy", strategies[best].Name),
                ("bestMeanExcess", r.MeanDifferences[best]),
                ("bestStatistic", Statistic(best)),
            };
            if (realityCheck)
            {
                fields.Add(("realityCheckStatistic", r.RealityCheckStatistic));
                fields.Add(("pValue", r.RealityCheckPValue));
            }
            else
            {
                fields.Add(("spaStatistic", r.SpaStatistic));
                fields.Add(("pValueConsistent", r.SpaConsistentPValue));
                fields.Add(("pValueLower", r.SpaLowerPValue));
                fields.Add(("pValueUpper", r.SpaUpperPValue));
            }

            var rows = Enumerable.Range(0, k).Select(m => (IReadOnlyList<object>)[strategies[m].Name, r.MeanDifferences[m], r.MeanDifferences[m] * perYear, Statistic(m)]).ToList();
            var table = new StatsOutput.Table("strategies", ["strategy", "meanExcess", "annualMeanExcess", realityCheck ? "statistic" : "studentizedStatistic"], rows);
            notes.Add(realityCheck
                ? "statistic = sqrt(n) * mean excess per period; small p-values reject 'no strategy beats the benchmark'"
                : "studentized statistic = sqrt(n) * mean excess / bootstrap std; the consistent p-value is Hansen's recommended one; small p-values reject 'no strategy beats the benchmark'");
            StatsOutput.Write(context, parse.GetValue(format), fields, notes, table);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Mean over strategies of the Politis–White stationary block length of rₖ − b, at least 1.</summary>
    private static double AutoBlockLength(double[][] returns, double[] bench, int k, List<string> notes)
    {
        double sum = 0;
        var d = new double[bench.Length];
        for (int m = 0; m < k; m++)
        {
            for (int t = 0; t < d.Length; t++)
            {
                d[t] = returns[m][t] - bench[t];
            }

            sum += BlockLengthChoice.AtLeastOne(OptimalBlockLength.Estimate(d).Stationary);
        }

        double block = sum / k;
        notes.Add($"block length auto: mean of the Politis-White stationary block lengths of r_k - b = {block.ToString("G6", CultureInfo.InvariantCulture)}");
        return block;
    }

    private static int ArgMax(IReadOnlyList<double> values)
    {
        int best = 0;
        for (int i = 1; i < values.Count; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }
}
