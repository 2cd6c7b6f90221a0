using System.CommandLine;
using System.Globalization;
using Bastion.Cli.Infrastructure;
using Bastion.Numerics.Correlation;
using Bastion.Risk.Correlation;

namespace Bastion.Cli.Commands.Risk;

/// <summary><c>bastion risk correlation</c>: correlation matrices (Pearson, Spearman, Kendall, distance, EWMA, DCC-GARCH).</summary>
internal static class CorrelationCommand
{
    private static readonly string[] s_methods = ["pearson", "spearman", "kendall", "distance", "ewma", "dcc"];

    public static Command Create(CliContext context)
    {
        var returns = new Option<string>("--returns") { Description = "Wide CSV of simple returns (date column, one column per asset)" };
        var prices = new Option<string>("--prices") { Description = "Wide CSV of prices instead; returns are taken between consecutive complete rows" };
        var columns = new Option<string>("--columns") { Description = "Comma-separated assets to use (default: every value column)" };
        var method = new Option<string>("--method") { Description = "pearson | spearman | kendall | distance | ewma | dcc", DefaultValueFactory = _ => "pearson" };
        var window = new Option<int?>("--window") { Description = "Use only the last N returns (the latest rolling window); not with ewma or dcc" };
        var lambda = new Option<double>("--lambda") { Description = "EWMA decay factor λ (weights ∝ λ^age), ewma only", DefaultValueFactory = _ => EwmaCovarianceEstimator.RiskMetricsLambda };
        Option<OutputFormat> format = CommonOptions.Format();
        var command = new Command("correlation",
            "Correlation matrix of several assets: Pearson, Spearman, Kendall tau-b, distance correlation, EWMA (pandas ewm adjust=False) " +
            "or DCC(1,1)-GARCH(1,1) (prints a, b, the log-likelihood and the latest conditional correlation).\n\n" +
            "Examples:\n  bastion risk correlation --prices data/samples/stock_prices.csv --columns AAPL,JPM,XOM --method spearman --window 250\n" +
            "  bastion risk correlation --prices data/samples/stock_prices.csv --columns AAPL,JPM,XOM --method dcc --format json");
        foreach (Option o in new Option[] { returns, prices, columns, method, window, lambda, format })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            string? returnsFile = parse.GetValue(returns), pricesFile = parse.GetValue(prices);
            if ((returnsFile is null) == (pricesFile is null))
            {
                throw new CliUsageException("give exactly one of --returns or --prices");
            }

            string m = parse.GetValue(method)!.ToLowerInvariant();
            if (!s_methods.Contains(m, StringComparer.Ordinal))
            {
                throw new CliUsageException($"--method '{m}': expected one of {string.Join(", ", s_methods)}");
            }

            int? w = parse.GetValue(window);
            if (w is not null && m is "ewma" or "dcc")
            {
                throw new CliUsageException($"--window does not apply to --method {m}");
            }

            if (w < 2)
            {
                throw new CliUsageException($"--window must be at least 2, got {w}");
            }

            double l = parse.GetValue(lambda);
            if (parse.GetResult(lambda) is { Implicit: false } && m != "ewma")
            {
                throw new CliUsageException("--lambda applies to --method ewma only");
            }

            if (!(l > 0.0 && l < 1.0))
            {
                throw new CliUsageException($"--lambda must be in (0, 1), got {l}");
            }

            string file = returnsFile ?? pricesFile!;
            string option = returnsFile is null ? "--prices" : "--returns";
            string[]? wanted = parse.GetValue(columns)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            (string[] names, double[,] panel) = RiskInput.ReadPanel(file, option, wanted, returnsFile is null);
            int rows = panel.GetLength(0);
            if (w > rows)
            {
                throw new CliUsageException($"--window {w}: needs at least {w} observations, {file} has {rows} complete returns");
            }

            if (w is int last)
            {
                panel = Slice(panel, rows - last, last);
            }

            var inputs = new Dictionary<string, string>
            {
                [returnsFile is null ? "prices" : "returns"] = file,
                ["assets"] = string.Join(' ', names),
                ["observations"] = panel.GetLength(0).ToString(CultureInfo.InvariantCulture),
                ["method"] = m,
            };
            if (m == "dcc")
            {
                if (names.Length < 2)
                {
                    throw new CliUsageException("--method dcc needs at least 2 columns");
                }

                DccFit fit;
                try
                {
                    fit = DccEstimator.Fit(panel, assetNames: names);
                }
                catch (ArgumentException ex)
                {
                    throw CliUsageException.From(ex, file);
                }

                Write(context, parse.GetValue(format), inputs, names, fit.LastCorrelation, fit);
                return ExitCodes.Ok;
            }

            if (m == "ewma")
            {
                inputs["lambda"] = l.ToString("R", CultureInfo.InvariantCulture);
            }

            double[,] matrix = VarCommand.Compute(() => m switch
            {
                "ewma" => Ewma(panel, l),
                "spearman" => CorrelationMatrices.Correlation(panel, CorrelationMethod.Spearman),
                "kendall" => CorrelationMatrices.Correlation(panel, CorrelationMethod.KendallTauB),
                "distance" => CorrelationMatrices.Correlation(panel, CorrelationMethod.Distance),
                _ => CorrelationMatrices.Correlation(panel, CorrelationMethod.Pearson),
            });
            Write(context, parse.GetValue(format), inputs, names, matrix, null);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static double[,] Ewma(double[,] panel, double lambda)
    {
        int n = panel.GetLength(1);
        var estimator = new EwmaCovarianceEstimator(n, lambda);
        var row = new double[n];
        for (int t = 0; t < panel.GetLength(0); t++)
        {
            for (int j = 0; j < n; j++)
            {
                row[j] = panel[t, j];
            }

            estimator.Update(row);
        }

        var result = new double[n, n];
        estimator.CopyCorrelation(result);
        return result;
    }

    private static double[,] Slice(double[,] panel, int first, int count)
    {
        int n = panel.GetLength(1);
        var result = new double[count, n];
        Array.Copy(panel, first * n, result, 0, count * n);
        return result;
    }

    private static void Write(CliContext context, OutputFormat format, Dictionary<string, string> inputs, string[] names, double[,] matrix, DccFit? dcc)
    {
        int n = names.Length;
        double[][] jagged = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Select(j => matrix[i, j]).ToArray()).ToArray();
        if (format == OutputFormat.Json)
        {
            object? model = dcc is null ? null : new
            {
                a = dcc.A,
                b = dcc.B,
                aStandardError = dcc.AStandardError,
                bStandardError = dcc.BStandardError,
                correlationLogLikelihood = dcc.CorrelationLogLikelihood,
                logLikelihood = dcc.LogLikelihood,
                converged = dcc.Converged,
                garch = names.Select((name, i) => new { asset = name, mu = dcc.Univariate[i]["mu"], omega = dcc.Univariate[i]["omega"], alpha = dcc.Univariate[i]["alpha"], beta = dcc.Univariate[i]["beta"] }).ToArray(),
            };
            Output.WriteJson(context.Out, new { inputs, assets = names, matrix = jagged, dcc = model });
            return;
        }

        IReadOnlyList<string>[] rows = names.Select((name, i) => (IReadOnlyList<string>)[name, .. jagged[i].Select(v => Output.Number(v, 6))]).ToArray();
        string[] headers = ["asset", .. names];
        if (format == OutputFormat.Csv)
        {
            Output.WriteCsv(context.Out, headers, rows);
            return;
        }

        var fields = inputs.Select(kv => (IReadOnlyList<string>)[kv.Key, kv.Value]).ToList();
        if (dcc is not null)
        {
            fields.Add(["a", $"{Output.Number(dcc.A, 6)} (se {Output.Number(dcc.AStandardError, 3)})"]);
            fields.Add(["b", $"{Output.Number(dcc.B, 6)} (se {Output.Number(dcc.BStandardError, 3)})"]);
            fields.Add(["correlation log-likelihood", Output.Number(dcc.CorrelationLogLikelihood, 10)]);
            fields.Add(["log-likelihood", Output.Number(dcc.LogLikelihood, 10)]);
            fields.Add(["converged", dcc.Converged ? "yes" : "no"]);
            fields.Add(["matrix", "conditional correlation of the last observation"]);
        }

        Output.WriteTable(context.Out, ["field", "value"], fields);
        context.Out.WriteLine();
        Output.WriteTable(context.Out, headers, rows);
    }
}
