using System.CommandLine;
using System.Globalization;
using Bastion.Cli.Infrastructure;
using Bastion.Risk.Backtesting;
using Bastion.Risk.VaR;

namespace Bastion.Cli.Commands.Risk;

/// <summary><c>bastion risk backtest</c>: rolling out-of-sample one-day VaR, then Kupiec, Christoffersen and the traffic light.</summary>
internal static class BacktestCommand
{
    public static Command Create(CliContext context)
    {
        var returns = new Option<string>("--returns") { Description = "Wide CSV of simple returns", Required = true };
        var column = new Option<string>("--column") { Description = "The returns column (required when the file has several)" };
        var window = new Option<int>("--window") { Description = "Estimation window in days: VaR for day t uses days t-window..t-1", DefaultValueFactory = _ => 250 };
        var options = new VaROptions();
        Option<OutputFormat> format = CommonOptions.Format();
        var command = new Command("backtest",
            "Rolling out-of-sample one-day VaR over the returns, exceptions where the loss exceeds the VaR, then Kupiec POF and TUFF, " +
            "Christoffersen independence and conditional coverage, and the Basel traffic light.\n\n" +
            "Example:\n  bastion risk backtest --returns spy.csv --method historical --window 250 --confidence 0.99");
        command.Options.Add(returns);
        command.Options.Add(column);
        command.Options.Add(window);
        options.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            VaRSettings s = options.Read(parse) with { HorizonDays = 1, Scaling = HorizonScaling.SquareRootOfTime };
            string file = parse.GetValue(returns)!;
            int n = parse.GetValue(window);
            (string name, double[] values) = RiskInput.ReadReturns(file, parse.GetValue(column));
            if (n < s.MinimumObservations)
            {
                throw new CliUsageException($"--window {n} is too short for --method {s.Method} at --confidence {s.Confidence}: need at least {s.MinimumObservations}");
            }

            if (values.Length < n + 2)
            {
                throw new CliUsageException($"{file}: {values.Length} returns are too few for --window {n}: need at least {n + 2} (the window plus 2 test days)");
            }

            int days = values.Length - n;
            var var = new double[days];
            var pnl = new double[days];
            for (int t = 0; t < days; t++)
            {
                VaRSettings daySettings = s with { Seed = unchecked(s.Seed + (ulong)t) };
                var[t] = VarCommand.Compute(() => VaRCalculator.Series(values.AsSpan(t, n), daySettings)).ValueAtRisk;
                pnl[t] = values[n + t];
            }

            BacktestReport report = VaRBacktest.FromForecasts(var, pnl, 1.0 - s.Confidence);
            BacktestOutput.Write(context.Out, parse.GetValue(format), report,
            [
                ("returns", file), ("column", name), ("method", s.Method), ("convention", s.Convention),
                ("confidence", Output.Number(s.Confidence)), ("window", n.ToString(CultureInfo.InvariantCulture)),
            ]);
            return ExitCodes.Ok;
        });
        return command;
    }
}
