using System.CommandLine;
using Bastion.Cli.Infrastructure;
using Bastion.Risk.Volatility;

namespace Bastion.Cli.Commands.Risk;

/// <summary><c>bastion risk ewma</c>: RiskMetrics EWMA volatility, λ given or estimated.</summary>
internal static class EwmaCommand
{
    public static Command Create(CliContext context)
    {
        var returns = new Option<string>("--returns") { Description = "Wide CSV of simple returns", Required = true };
        var column = new Option<string>("--column") { Description = "The returns column (required when the file has several)" };
        var lambda = new Option<double>("--lambda") { Description = "Decay factor (RiskMetrics daily: 0.94)", DefaultValueFactory = _ => EwmaVolatility.RiskMetricsLambda };
        var estimate = new Option<bool>("--estimate-lambda") { Description = "Choose lambda by maximum Gaussian likelihood instead" };
        var periods = new Option<int>("--periods-per-year") { Description = "Annualization factor for the volatility", DefaultValueFactory = _ => 252 };
        Option<OutputFormat> format = CommonOptions.Format();
        var command = new Command("ewma",
            "RiskMetrics EWMA variance (zero mean, arch backcast start): tomorrow's volatility, annualized, and the log-likelihood.\n\n" +
            "Example:\n  bastion risk ewma --returns spy.csv --estimate-lambda --format json");
        foreach (Option o in new Option[] { returns, column, lambda, estimate, periods, format })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            string file = parse.GetValue(returns)!;
            double l = parse.GetValue(lambda);
            bool mle = parse.GetValue(estimate);
            if (mle && parse.GetResult(lambda) is { Implicit: false })
            {
                throw new CliUsageException("give --lambda or --estimate-lambda, not both");
            }

            if (!(l > 0.0 && l < 1.0))
            {
                throw new CliUsageException($"--lambda must be in (0, 1), got {l}");
            }

            int ppy = parse.GetValue(periods);
            if (ppy < 1)
            {
                throw new CliUsageException($"--periods-per-year must be positive, got {ppy}");
            }

            (string name, double[] values) = RiskInput.ReadReturns(file, parse.GetValue(column));
            if (values.Length < 2)
            {
                throw new CliUsageException($"{file}: {values.Length} returns; need at least 2");
            }

            EwmaFit fit = VarCommand.Compute(() => mle ? EwmaVolatility.Estimate(values) : EwmaVolatility.Filter(values, l));
            double annual = fit.NextVolatility * Math.Sqrt(ppy);
            OutputFormat f = parse.GetValue(format);
            if (f == OutputFormat.Json)
            {
                Output.WriteJson(context.Out, new { inputs = new { returns = file, column = name, observations = values.Length, periodsPerYear = ppy }, lambda = fit.Lambda, lambdaEstimated = fit.LambdaEstimated, nextVariance = fit.NextVariance, nextVolatility = fit.NextVolatility, annualizedVolatility = annual, logLikelihood = fit.LogLikelihood });
                return ExitCodes.Ok;
            }

            IReadOnlyList<string>[] rows =
            [
                ["returns", file], ["column", name], ["observations", values.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                ["lambda", Output.Number(fit.Lambda, 8)], ["lambda estimated", fit.LambdaEstimated ? "yes" : "no"],
                ["next variance", Output.Number(fit.NextVariance, 8)], ["next volatility", Output.Number(fit.NextVolatility, 8)],
                ["annualized volatility", Output.Number(annual, 8)], ["log-likelihood", Output.Number(fit.LogLikelihood, 10)],
            ];
            if (f == OutputFormat.Csv)
            {
                Output.WriteCsv(context.Out, ["field", "value"], rows);
            }
            else
            {
                Output.WriteTable(context.Out, ["field", "value"], rows);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
