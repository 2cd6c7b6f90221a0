using System.CommandLine;
using System.Globalization;
using Bastion.Cli.Infrastructure;
using Bastion.Data;
using Bastion.Data.Csv;
using Bastion.Portfolio.Allocation;

namespace Bastion.Cli.Commands.Portfolio;

/// <summary><c>bastion allocate</c>: whole-share orders for target weights and a cash amount at the latest prices.</summary>
internal static class AllocateCommand
{
    public static Command Create(CliContext context)
    {
        var weights = new Option<string>("--weights") { Description = "CSV of symbol,weight (long-only)", Required = true };
        var prices = new Option<string>("--prices") { Description = "Wide price CSV; the last price of each symbol is used", Required = true };
        var cash = new Option<decimal>("--cash") { Description = "Cash to invest", Required = true };
        var method = new Option<string>("--method") { Description = "greedy (PyPortfolioOpt's) or least-squares (default)", DefaultValueFactory = _ => "least-squares" };
        Option<OutputFormat> format = CommonOptions.Format();
        var command = new Command("allocate", """
            Turn weights and cash into whole-share orders at the latest prices, reporting leftover cash.
            Example: bastion allocate --weights weights.csv --prices data/samples/stock_prices.csv --cash 100000
            """)
        {
            weights, prices, cash, method, format,
        };
        command.SetAction(parse =>
        {
            Dictionary<string, double> w = KeyValueFile.Read(parse.GetValue(weights)!, "weight");
            string pricePath = parse.GetValue(prices)!;
            if (!File.Exists(pricePath))
            {
                throw new CliUsageException($"{pricePath}: price file not found");
            }

            PriceMatrix matrix;
            try
            {
                matrix = WidePriceReader.Read(pricePath);
            }
            catch (DataFormatException ex)
            {
                throw new CliUsageException(ex.Message);
            }

            var latest = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
            foreach (string symbol in w.Keys)
            {
                int c = matrix.IndexOf(symbol);
                if (c < 0)
                {
                    throw new CliUsageException($"{parse.GetValue(weights)}: symbol {symbol} is not in {pricePath}");
                }

                ReadOnlySpan<double> column = matrix.Column(c);
                int last = column.LastIndexOfAnyExcept(double.NaN);
                latest[symbol] = last >= 0 ? (decimal)column[last] : throw new CliUsageException($"{pricePath}: {symbol} has no price");
            }

            DiscreteAllocationResult result;
            try
            {
                result = parse.GetValue(method)!.ToLowerInvariant() switch
                {
                    "greedy" => DiscreteAllocation.Greedy(w, latest, parse.GetValue(cash)),
                    "least-squares" => DiscreteAllocation.LeastSquares(w, latest, parse.GetValue(cash)),
                    string other => throw new CliUsageException($"--method must be greedy or least-squares, got '{other}'"),
                };
            }
            catch (ArgumentException ex)
            {
                throw CliUsageException.From(ex);
            }

            IEnumerable<IReadOnlyList<string>> rows = result.Lots.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (IReadOnlyList<string>)
                [kv.Key, kv.Value.ToString(CultureInfo.InvariantCulture), latest[kv.Key].ToString(CultureInfo.InvariantCulture), (kv.Value * latest[kv.Key]).ToString("F2", CultureInfo.InvariantCulture)]);
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    Output.WriteJson(context.Out, new { method = result.Method, shares = result.Lots, leftover = result.Leftover, trackingError = result.TrackingError, prices = latest });
                    break;
                case OutputFormat.Csv:
                    Output.WriteCsv(context.Out, ["symbol", "shares", "price", "value"], rows);
                    break;
                default:
                    Output.WriteTable(context.Out, ["symbol", "shares", "price", "value"], rows);
                    context.Out.WriteLine($"{result.Method}: leftover cash {result.Leftover.ToString("F2", CultureInfo.InvariantCulture)}, tracking error {(result.TrackingError * 100).ToString("F3", CultureInfo.InvariantCulture)}% of the portfolio value");
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
