using System.CommandLine;
using System.Globalization;
using Bastion.Cli.Infrastructure;
using Bastion.Core.Forex;
using Bastion.Core.Money;

namespace Bastion.Cli.Commands.Fx;

/// <summary><c>bastion fx cross</c>: a pair's rate from the quoted rates (direct, inverse or triangulated).</summary>
internal static class FxCrossCommand
{
    public static Command Create(CliContext context)
    {
        Option<string> pair = FxRateOptions.Pair("Currency pair wanted, e.g. EURJPY");
        Option<string[]> rates = FxRateOptions.Rates();
        Option<OutputFormat> format = CommonOptions.Format();
        var command = new Command("cross", "Rate of a currency pair from quoted rates: direct, inverse, or through a pivot currency (USD first).\n"
            + "Example: bastion fx cross --pair EURJPY --rate EURUSD=1.08 --rate USDJPY=150.2")
        {
            pair, rates, format,
        };
        command.SetAction(parsed =>
        {
            (Currency b, Currency q) = FxRateOptions.ParsePair(parsed.GetValue(pair));
            FxRateTable table = FxRateOptions.ParseRates(parsed.GetValue(rates));
            (decimal rate, string route) = FxRateOptions.RequireRate(table, b, q);
            var result = new CrossResult(b.Code + q.Code, FxPipValueCommand.Trim(decimal.Round(rate, 12)), FxPipValueCommand.Trim(decimal.Round(1m / rate, 12)), route);
            OutputFormat f = parsed.GetValue(format);
            if (f == OutputFormat.Json)
            {
                Output.WriteJson(context.Out, result);
                return ExitCodes.Ok;
            }

            string[] headers = ["pair", "rate", "inverse", "route"];
            string[] row = [result.Pair, Dec(result.Rate), Dec(result.Inverse), result.Route];
            if (f == OutputFormat.Csv)
            {
                Output.WriteCsv(context.Out, headers, [row]);
            }
            else
            {
                Output.WriteTable(context.Out, headers, [row]);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Dec(decimal value) => decimal.Round(value, 10).ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>One cross-rate answer: quote units per base unit, and its inverse.</summary>
    internal sealed record CrossResult(string Pair, decimal Rate, decimal Inverse, string Route);
}
