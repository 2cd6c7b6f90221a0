using System.CommandLine;
using System.Globalization;
using Bastion.Cli.Infrastructure;
using Bastion.Data;
using Bastion.Data.Csv;
using Bastion.Portfolio.Rebalancing;

namespace Bastion.Cli.Commands.Portfolio;

/// <summary><c>bastion rebalance</c>: should the book be rebalanced today, and with which orders (each with its reason).</summary>
internal static class RebalanceCommand
{
    public static Command Create(CliContext context)
    {
        var holdings = new Option<string>("--holdings") { Description = "CSV of symbol,quantity held", Required = true };
        var targets = new Option<string>("--targets") { Description = "CSV of symbol,target weight", Required = true };
        var prices = new Option<string>("--prices") { Description = "Wide price CSV; prices of --date (default: its last date) are used", Required = true };
        var cash = new Option<decimal>("--cash") { Description = "Cash held (default 0)" };
        var date = new Option<DateOnly?>("--date") { Description = "Decision date (yyyy-MM-dd; default the last date of --prices)" };
        var last = new Option<DateOnly?>("--last-rebalance") { Description = "Date of the previous rebalance (without it the decision is an initial allocation)" };
        var calendar = new Option<string>("--calendar") { Description = "none, weekly, monthly (default) or quarterly", DefaultValueFactory = _ => "monthly" };
        var absDrift = new Option<double?>("--abs-drift") { Description = "Rebalance when a weight is this far from target (e.g. 0.05 = 5 points)" };
        var relDrift = new Option<double?>("--rel-drift") { Description = "Rebalance when a weight is this fraction of its target away (e.g. 0.2)" };
        var band = new Option<double>("--band") { Description = "No-trade band around each target (e.g. 0.02)" };
        var toEdge = new Option<bool>("--to-band-edge") { Description = "Trade back to the band's edge, not the target (hysteresis)" };
        var minTrade = new Option<decimal>("--min-trade") { Description = "Skip trades smaller than this value" };
        var costBps = new Option<double>("--cost-bps") { Description = "Estimated trading cost in basis points (reported)" };
        Option<OutputFormat> format = CommonOptions.Format();
        var command = new Command("rebalance", """
            Decide whether to rebalance and list the orders with the reason for each (and what was left alone and why).
            Example: bastion rebalance --holdings book.csv --targets targets.csv --prices prices.csv --cash 1200 --last-rebalance 2018-07-02 --abs-drift 0.05 --band 0.02 --to-band-edge
            """)
        {
            holdings, targets, prices, cash, date, last, calendar, absDrift, relDrift, band, toEdge, minTrade, costBps, format,
        };
        command.SetAction(parse =>
        {
            Dictionary<string, double> held = KeyValueFile.Read(parse.GetValue(holdings)!, "quantity");
            Dictionary<string, double> target = KeyValueFile.Read(parse.GetValue(targets)!, "weight");
            string pricePath = parse.GetValue(prices)!;
            PriceMatrix matrix = File.Exists(pricePath) ? Read(pricePath) : throw new CliUsageException($"{pricePath}: price file not found");
            DateOnly day = parse.GetValue(date) ?? matrix.Dates[^1];
            int row = matrix.Dates.ToList().IndexOf(day);
            if (row < 0)
            {
                throw new CliUsageException($"--date {day:yyyy-MM-dd} is not a date of {pricePath} ({matrix.Dates[0]:yyyy-MM-dd}..{matrix.Dates[^1]:yyyy-MM-dd})");
            }

            var px = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
            foreach (string symbol in held.Keys.Union(target.Keys, StringComparer.OrdinalIgnoreCase))
            {
                int c = matrix.IndexOf(symbol);
                double p = c >= 0 ? matrix[row, c] : double.NaN;
                px[symbol] = double.IsFinite(p) && p > 0 ? (decimal)p : throw new CliUsageException($"{pricePath}: no price for {symbol} on {day:yyyy-MM-dd}");
            }

            RebalancePolicy policy = new()
            {
                Calendar = parse.GetValue(calendar)!.ToLowerInvariant() switch
                {
                    "none" => RebalanceCalendar.None,
                    "weekly" => RebalanceCalendar.Weekly,
                    "monthly" => RebalanceCalendar.Monthly,
                    "quarterly" => RebalanceCalendar.Quarterly,
                    string other => throw new CliUsageException($"--calendar must be none, weekly, monthly or quarterly, got '{other}'"),
                },
                AbsoluteDrift = parse.GetValue(absDrift),
                RelativeDrift = parse.GetValue(relDrift),
                NoTradeBand = parse.GetValue(band),
                TradeToBandEdge = parse.GetValue(toEdge),
                MinimumTradeValue = parse.GetValue(minTrade),
                CostBasisPoints = parse.GetValue(costBps),
            };
            Rebalancer rebalancer;
            RebalanceDecision decision;
            try
            {
                rebalancer = new Rebalancer(policy, parse.GetValue(last));
                decision = rebalancer.Decide(
                    new PortfolioState(day, parse.GetValue(cash), held.ToDictionary(kv => kv.Key, kv => (decimal)kv.Value, StringComparer.OrdinalIgnoreCase), px),
                    target);
            }
            catch (ArgumentException ex)
            {
                throw CliUsageException.From(ex);
            }

            Write(context, parse.GetValue(format), decision);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static PriceMatrix Read(string path)
    {
        try
        {
            return WidePriceReader.Read(path);
        }
        catch (DataFormatException ex)
        {
            throw new CliUsageException(ex.Message);
        }
    }

    private static void Write(CliContext context, OutputFormat format, RebalanceDecision d)
    {
        IEnumerable<IReadOnlyList<string>> rows = d.Orders.Select(o => (IReadOnlyList<string>)
            [o.Symbol, o.Quantity.ToString(CultureInfo.InvariantCulture), o.Value.ToString("F2", CultureInfo.InvariantCulture), Output.Percent(o.FromWeight), Output.Percent(o.ToWeight), o.Reason]);
        switch (format)
        {
            case OutputFormat.Json:
                Output.WriteJson(context.Out, d);
                break;
            case OutputFormat.Csv:
                Output.WriteCsv(context.Out, ["symbol", "quantity", "value", "from", "to", "reason"], rows);
                break;
            default:
                context.Out.WriteLine(d.Triggered ? $"{d.Date:yyyy-MM-dd}: rebalance ({string.Join("; ", d.Triggers)})" : $"{d.Date:yyyy-MM-dd}: no trigger, nothing to do");
                if (d.Orders.Count > 0)
                {
                    Output.WriteTable(context.Out, ["symbol", "quantity", "value", "from", "to", "reason"], rows);
                    context.Out.WriteLine($"estimated cost {d.EstimatedCost.ToString("F2", CultureInfo.InvariantCulture)}");
                }

                foreach (string skipped in d.Skipped)
                {
                    context.Out.WriteLine("left alone: " + skipped);
                }

                break;
        }
    }
}
