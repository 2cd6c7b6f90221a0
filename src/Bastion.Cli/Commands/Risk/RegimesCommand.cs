using System.CommandLine;
using System.Globalization;
using Bastion.Analytics.Series;
using Bastion.Cli.Commands.Metrics;
using Bastion.Cli.Infrastructure;
using Bastion.Risk.Regimes;

namespace Bastion.Cli.Commands.Risk;

/// <summary><c>bastion risk regimes</c>: Gaussian hidden Markov regimes plus volatility-clustering diagnostics.</summary>
internal static class RegimesCommand
{
    private static readonly int[] s_lags = [1, 5, 10, 20];

    public static Command Create(CliContext context)
    {
        var returns = new Option<string?>("--returns") { Description = "Wide CSV of simple returns (first column a date)" };
        var prices = new Option<string?>("--prices") { Description = "Wide CSV of prices; simple returns are taken between available prices" };
        var column = new Option<string?>("--column") { Description = "The column to use (required when the file has several)" };
        var states = new Option<int>("--states") { Description = "Number of regimes: 2 or 3", DefaultValueFactory = _ => 2 };
        var starts = new Option<int>("--starts") { Description = "EM starts (best likelihood kept)", DefaultValueFactory = _ => 10 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the random starts", DefaultValueFactory = _ => 1UL };
        var periods = new Option<int>("--periods-per-year") { Description = "Annualization factor", DefaultValueFactory = _ => 252 };
        Option<OutputFormat> format = CommonOptions.Format();
        var command = new Command("regimes",
            "Fit a 2- or 3-state Gaussian hidden Markov model (Baum-Welch EM, seeded random starts, states ordered calm first): " +
            "state means and volatilities, transition matrix, durations, AIC/BIC, current state probabilities; plus Ljung-Box on returns " +
            "and squared returns and Engle's ARCH LM test. JSON adds the filtered probabilities and Viterbi state of every date.\n\n" +
            "Example:\n  bastion risk regimes --prices data/samples/spy_prices.csv --states 2\n  bastion risk regimes --returns r.csv --column SPY --states 3 --seed 7 --format json")
        {
            returns, prices, column, states, starts, seed, periods, format,
        };
        command.SetAction(parse =>
        {
            string? returnsFile = parse.GetValue(returns), pricesFile = parse.GetValue(prices);
            if ((returnsFile is null) == (pricesFile is null))
            {
                throw new CliUsageException("give exactly one of --returns FILE or --prices FILE");
            }

            int k = parse.GetValue(states);
            if (k is < 2 or > 3)
            {
                throw new CliUsageException($"--states must be 2 or 3, got {k}");
            }

            var options = new RegimeModelOptions { States = k, Starts = parse.GetValue(starts), Seed = parse.GetValue(seed), PeriodsPerYear = parse.GetValue(periods) };
            if (options.Starts < 1 || options.PeriodsPerYear < 1)
            {
                throw new CliUsageException("--starts and --periods-per-year must be positive");
            }

            string file = returnsFile ?? pricesFile!;
            IReadOnlyList<ReturnSeries> read = SeriesFile.Read(file, returnsFile is null ? "--prices" : "--returns", parse.GetValue(column), returnsFile is null);
            if (read.Count != 1)
            {
                throw new CliUsageException($"{file}: {read.Count} columns; choose one with --column ({string.Join(", ", read.Select(s => s.Name))})");
            }

            ReturnSeries series = read[0];
            int needed = GaussianHiddenMarkov.MinimumObservationsPerState * k;
            if (series.Count < Math.Max(needed, 2 * s_lags[^1]))
            {
                throw new CliUsageException($"{file}: {series.Count} returns in '{series.Name}'; need at least {Math.Max(needed, 2 * s_lags[^1])}");
            }

            double[] r = series.Values.ToArray();
            RegimeFit fit = VarCommand.Compute(() => GaussianHiddenMarkov.Fit(r, options));
            double mean = r.Average();
            double[] demeaned = [.. r.Select(x => x - mean)];
            LjungBoxResult[] lb = VolatilityClustering.LjungBox(r, s_lags), lb2 = VolatilityClustering.LjungBoxSquared(r, s_lags);
            ArchLmResult arch = VolatilityClustering.ArchLm(demeaned, 5);
            Write(context.Out, parse.GetValue(format), file, series, fit, lb, lb2, arch);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(TextWriter w, OutputFormat format, string file, ReturnSeries series, RegimeFit fit, LjungBoxResult[] lb, LjungBoxResult[] lb2, ArchLmResult arch)
    {
        int k = fit.Parameters.States, last = fit.Observations - 1;
        if (format == OutputFormat.Json)
        {
            Output.WriteJson(w, new
            {
                inputs = new { file, column = series.Name, observations = fit.Observations, states = k, periodsPerYear = fit.PeriodsPerYear },
                states = Enumerable.Range(0, k).Select(s => new
                {
                    state = s,
                    mean = fit.Parameters.Means[s],
                    volatility = fit.Parameters.Volatilities[s],
                    annualizedMean = fit.AnnualizedMean(s),
                    annualizedVolatility = fit.AnnualizedVolatility(s),
                    stationary = fit.StationaryDistribution[s],
                    expectedDuration = fit.ExpectedDurations[s],
                    transition = Enumerable.Range(0, k).Select(j => fit.Parameters.Transition[s, j]),
                    current = fit.Decoding.Filtered[last, s],
                }),
                logLikelihood = fit.LogLikelihood,
                aic = fit.Aic,
                bic = fit.Bic,
                converged = fit.Converged,
                diagnostics = new
                {
                    ljungBox = lb.Select(x => new { lag = x.Lag, q = x.Statistic, pValue = x.PValue }),
                    ljungBoxSquared = lb2.Select(x => new { lag = x.Lag, q = x.Statistic, pValue = x.PValue }),
                    archLm = new { lags = arch.Lags, lm = arch.Statistic, pValue = arch.PValue, f = arch.FStatistic, fPValue = arch.FPValue },
                },
                dates = Enumerable.Range(0, fit.Observations).Select(t => new
                {
                    date = series.Dates[t].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    filtered = Enumerable.Range(0, k).Select(s => fit.Decoding.Filtered[t, s]),
                    viterbi = fit.Decoding.ViterbiPath[t],
                }),
            });
            return;
        }

        var rows = new List<IReadOnlyList<string>>();
        for (int s = 0; s < k; s++)
        {
            string p = $"state {s}";
            rows.Add([p + " mean", Output.Number(fit.Parameters.Means[s], 8)]);
            rows.Add([p + " volatility", Output.Number(fit.Parameters.Volatilities[s], 8)]);
            rows.Add([p + " annualized mean", Output.Percent(fit.AnnualizedMean(s))]);
            rows.Add([p + " annualized volatility", Output.Percent(fit.AnnualizedVolatility(s))]);
            rows.Add([p + " stationary share", Output.Number(fit.StationaryDistribution[s], 6)]);
            rows.Add([p + " expected duration", Output.Number(fit.ExpectedDurations[s], 6)]);
            for (int j = 0; j < k; j++)
            {
                rows.Add([$"P({s}->{j})", Output.Number(fit.Parameters.Transition[s, j], 8)]);
            }

            rows.Add([$"{p} probability on {series.Dates[last]:yyyy-MM-dd}", Output.Number(fit.Decoding.Filtered[last, s], 6)]);
        }

        rows.Add(["log-likelihood", Output.Number(fit.LogLikelihood, 12)]);
        rows.Add(["aic", Output.Number(fit.Aic, 12)]);
        rows.Add(["bic", Output.Number(fit.Bic, 12)]);
        rows.Add(["converged", fit.Converged ? "yes" : "no"]);
        foreach (LjungBoxResult x in lb)
        {
            rows.Add([$"Ljung-Box Q({x.Lag}) returns", $"{Output.Number(x.Statistic, 8)} (p {Output.Number(x.PValue, 4)})"]);
        }

        foreach (LjungBoxResult x in lb2)
        {
            rows.Add([$"Ljung-Box Q({x.Lag}) squared", $"{Output.Number(x.Statistic, 8)} (p {Output.Number(x.PValue, 4)})"]);
        }

        rows.Add([$"ARCH LM({arch.Lags})", $"{Output.Number(arch.Statistic, 8)} (p {Output.Number(arch.PValue, 4)})"]);
        if (format == OutputFormat.Csv)
        {
            Output.WriteCsv(w, ["field", "value"], rows);
        }
        else
        {
            w.WriteLine($"{k}-state Gaussian HMM on {file} column {series.Name}: {fit.Observations} returns, states ordered calm first");
            Output.WriteTable(w, ["field", "value"], rows);
        }
    }
}
