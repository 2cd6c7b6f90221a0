using System.CommandLine;
using System.Globalization;
using Bastion.Cli.Infrastructure;
using Bastion.Pricing.Chains;

namespace Bastion.Cli.Commands.Price;

/// <summary><c>bastion price chain</c>: implied-volatility smile per expiry from a chain CSV.</summary>
internal static class PriceChainCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "chain",
            "Implied-volatility smile per expiry from a CSV expiry,strike,type,price[,underlying] (BSM, Actual/365).\n" +
            "Example: bastion price chain --input chain.csv --spot 100 --rate 0.05 --dividend 0.01 --valuation-date 2024-01-15");
        var input = new Option<FileInfo>("--input") { Description = "Chain CSV", Required = true };
        var spot = new Option<double?>("--spot") { Description = "Underlying price for rows without an underlying cell" };
        var rate = new Option<double>("--rate") { Description = "Risk-free rate, continuous (default 0)" };
        var dividend = new Option<double>("--dividend") { Description = "Dividend yield, continuous (default 0)" };
        var valuation = new Option<string?>("--valuation-date") { Description = "Valuation date yyyy-MM-dd (default today, UTC)" };
        Option<OutputFormat> format = CommonOptions.Format();
        foreach (Option o in new Option[] { input, spot, rate, dividend, valuation, format })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            FileInfo file = parse.GetValue(input)!;
            if (!file.Exists)
            {
                throw new CliUsageException($"--input: file '{file.FullName}' not found");
            }

            if (parse.GetValue(spot) is double s && !(s > 0))
            {
                throw new CliUsageException($"--spot must be a positive number (got {s.ToString(CultureInfo.InvariantCulture)})");
            }

            string? dateText = parse.GetValue(valuation);
            DateOnly date = PriceCommand.Today(context);
            if (dateText is not null && !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                throw new CliUsageException($"--valuation-date '{dateText}' is not a yyyy-MM-dd date");
            }

            OptionChainResult result;
            using (StreamReader reader = file.OpenText())
            {
                try
                {
                    result = OptionChain.Build(reader, file.Name, date, parse.GetValue(spot), parse.GetValue(rate), parse.GetValue(dividend));
                }
                catch (FormatException ex)
                {
                    throw new CliUsageException(ex.Message, ex);
                }
            }

            foreach (ChainRowError error in result.Errors)
            {
                context.Error.WriteLine($"error: {error}");
            }

            OutputFormat f = parse.GetValue(format);
            string[] headers = ["expiry", "years", "strike", "type", "price", "forward", "moneyness", "logMoneyness", "impliedVolatility", "line"];
            IEnumerable<IReadOnlyList<string>> rows = result.Smiles.SelectMany(slice => slice.Points.Select(p => (IReadOnlyList<string>)
            [
                slice.Expiry.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), PriceCommand.Number(slice.Years, f), PriceCommand.Number(p.Strike, f),
                p.Type.ToString().ToLowerInvariant(), PriceCommand.Number(p.Price, f), PriceCommand.Number(p.Forward, f), PriceCommand.Number(p.Moneyness, f),
                PriceCommand.Number(p.LogMoneyness, f), PriceCommand.Number(p.ImpliedVolatility, f), p.Line.ToString(CultureInfo.InvariantCulture),
            ]));
            switch (f)
            {
                case OutputFormat.Json:
                    Output.WriteJson(context.Out, new { smiles = result.Smiles, errors = result.Errors.Select(e => e.ToString()) });
                    break;
                case OutputFormat.Csv:
                    Output.WriteCsv(context.Out, headers, rows);
                    break;
                default:
                    Output.WriteTable(context.Out, headers, rows);
                    break;
            }

            return result.Errors.Count > 0 ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }
}
