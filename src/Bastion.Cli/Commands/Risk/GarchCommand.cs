using System.CommandLine;
using System.Globalization;
using Bastion.Cli.Infrastructure;
using Bastion.Risk.Volatility;

namespace Bastion.Cli.Commands.Risk;

/// <summary><c>bastion risk garch</c>: GARCH(1,1) or GJR-GARCH(1,1,1) by maximum likelihood.</summary>
internal static class GarchCommand
{
    public static Command Create(CliContext context)
    {
        var returns = new Option<string>("--returns") { Description = "Wide CSV of returns (fit percent returns to compare with published tables)", Required = true };
        var column = new Option<string>("--column") { Description = "The returns column (required when the file has several)" };
        var model = new Option<string>("--model") { Description = "garch | gjr", DefaultValueFactory = _ => "garch" }.AcceptOnlyFromAmong("garch", "gjr");
        var distribution = new Option<string>("--distribution") { Description = "normal | t (standardized Student t, nu estimated)", DefaultValueFactory = _ => "normal" }.AcceptOnlyFromAmong("normal", "t");
        var mean = new Option<string>("--mean") { Description = "constant | zero", DefaultValueFactory = _ => "constant" }.AcceptOnlyFromAmong("constant", "zero");
        var start = new Option<string>("--start")
        {
            Description = "Variance start-up: backcast (arch: 0.94-weighted mean of the first min(75, n) squared residuals) | sample (mean squared residual)",
            DefaultValueFactory = _ => "backcast",
        }.AcceptOnlyFromAmong("backcast", "sample");
        var forecast = new Option<int>("--forecast") { Description = "Number of variance forecast steps to print", DefaultValueFactory = _ => 10 };
        Option<OutputFormat> format = CommonOptions.Format();
        var command = new Command("garch",
            "Fit GARCH(1,1) or GJR-GARCH(1,1,1) by maximum likelihood: estimates with Hessian and Bollerslev-Wooldridge robust standard errors, " +
            "log-likelihood, AIC, BIC and variance forecasts.\n\n" +
            "Example:\n  bastion risk garch --returns dmbp.csv --model gjr --distribution t --start sample --format json");
        foreach (Option o in new Option[] { returns, column, model, distribution, mean, start, forecast, format })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            string file = parse.GetValue(returns)!;
            int steps = parse.GetValue(forecast);
            if (steps < 1)
            {
                throw new CliUsageException($"--forecast must be at least 1, got {steps}");
            }

            (string name, double[] values) = RiskInput.ReadReturns(file, parse.GetValue(column));
            if (values.Length < 10)
            {
                throw new CliUsageException($"{file}: {values.Length} returns are too few for a GARCH fit: need at least 10 (hundreds for useful estimates)");
            }

            var spec = new GarchSpecification(
                parse.GetValue(model) == "gjr" ? VolatilityModel.GjrGarch : VolatilityModel.Garch,
                parse.GetValue(distribution) == "t" ? InnovationDistribution.StudentT : InnovationDistribution.Normal,
                parse.GetValue(mean) == "zero" ? MeanModel.Zero : MeanModel.Constant,
                parse.GetValue(start) == "sample" ? VarianceStart.SampleVariance : VarianceStart.Backcast);
            GarchFit fit = VarCommand.Compute(() => GarchEstimator.Fit(values, spec));
            Write(context.Out, parse.GetValue(format), fit, file, name, fit.ForecastVariances(steps));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(TextWriter w, OutputFormat format, GarchFit fit, string file, string column, double[] forecast)
    {
        if (format == OutputFormat.Json)
        {
            Output.WriteJson(w, new
            {
                inputs = new { returns = file, column, observations = fit.Observations, model = fit.Specification.Model, distribution = fit.Specification.Distribution, mean = fit.Specification.Mean, start = fit.Specification.Start },
                parameters = fit.ParameterNames.Select((n, i) => new { name = n, estimate = fit.Estimates[i], hessianStandardError = fit.HessianStandardErrors[i], robustStandardError = fit.RobustStandardErrors[i] }),
                logLikelihood = fit.LogLikelihood,
                aic = fit.Aic,
                bic = fit.Bic,
                persistence = fit.Persistence,
                converged = fit.Converged,
                varianceForecast = forecast,
            });
            return;
        }

        string[] headers = ["parameter", "estimate", "se (hessian)", "se (robust)", "t (robust)"];
        var rows = fit.ParameterNames.Select((n, i) => (IReadOnlyList<string>)
        [
            n, Output.Number(fit.Estimates[i], 8), Output.Number(fit.HessianStandardErrors[i]), Output.Number(fit.RobustStandardErrors[i]),
            Output.Number(fit.Estimates[i] / fit.RobustStandardErrors[i], 4),
        ]).ToList();
        rows.Add(["log-likelihood", Output.Number(fit.LogLikelihood, 10), string.Empty, string.Empty, string.Empty]);
        rows.Add(["aic", Output.Number(fit.Aic, 10), string.Empty, string.Empty, string.Empty]);
        rows.Add(["bic", Output.Number(fit.Bic, 10), string.Empty, string.Empty, string.Empty]);
        rows.Add(["persistence", Output.Number(fit.Persistence, 8), string.Empty, string.Empty, string.Empty]);
        rows.Add(["observations", fit.Observations.ToString(CultureInfo.InvariantCulture), string.Empty, string.Empty, string.Empty]);
        rows.Add(["converged", fit.Converged ? "yes" : "no", string.Empty, string.Empty, string.Empty]);
        for (int h = 0; h < forecast.Length; h++)
        {
            rows.Add([$"variance h={h + 1}", Output.Number(forecast[h], 8), string.Empty, string.Empty, string.Empty]);
        }

        if (format == OutputFormat.Csv)
        {
            Output.WriteCsv(w, headers, rows);
        }
        else
        {
            w.WriteLine($"{fit.Specification.Model} {fit.Specification.Distribution} innovations, {fit.Specification.Mean} mean, {fit.Specification.Start} start: {file} column {column}");
            Output.WriteTable(w, headers, rows);
        }
    }
}
