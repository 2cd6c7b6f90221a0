using Bastion.Analytics.Reports;
using Bastion.Analytics.Trades;
using Bastion.Cli.Infrastructure;
using Bastion.Core.Instruments;
using Bastion.Core.MarketData;
using Bastion.Core.Symbols;
using Bastion.Data;
using Bastion.Data.Csv;
using Bastion.Engine;
using Bastion.Engine.Costs;
using Bastion.Engine.Results;
using Bastion.Engine.Strategies;

namespace Bastion.Cli.Commands.Backtest;

/// <summary>Runs a <see cref="BacktestSpec"/>: opens the data as streams, runs the engine, shapes the result for analytics.</summary>
internal static class BacktestRunner
{
    public sealed record Outcome(BacktestSpec Spec, BacktestResult Result, StrategyRun Run, IReadOnlyList<string> Notes);

    public static Outcome Run(BacktestSpec spec)
    {
        Strategy strategy;
        try
        {
            strategy = StrategyRegistry.Create(spec.Strategy, spec.Parameters);
        }
        catch (ArgumentException ex)
        {
            throw CliUsageException.From(ex);
        }

        var notes = new List<string>();
        var streams = new List<(string Symbol, string Path, BarStream Stream)>();
        var feeds = new List<BarFeed>();
        foreach ((string symbol, string path) in spec.Data)
        {
            BarStream stream;
            try
            {
                stream = BarCsvReader.Open(path, new BarReadOptions
                {
                    Mode = spec.DropBadRows ? ReadMode.DropBadRows : ReadMode.FailFast,
                    UseAdjustedClose = spec.Adjusted,
                });
            }
            catch (DataFormatException ex)
            {
                throw new CliUsageException(ex.Message);
            }
            catch (IOException ex)
            {
                throw new CliUsageException($"{path}: {ex.Message}");
            }

            streams.Add((symbol, path, stream));
            // Parsing runs a few chunks ahead on its own thread, overlapping the simulation; the bars and their order are unchanged.
            (long from, long to) = Window(spec.Start, spec.End);
            feeds.Add(new BarFeed(new Equity(Symbol.Create(symbol)), new PrefetchedBars(() => stream.OpenBlocks(from, to))));
        }

        BacktestResult result;
        try
        {
            // Intraday bars: one equity point per day keeps the curve, metrics (252 periods a year) and report meaningful.
            bool intraday = streams.Any(s => s.Stream.PeriodTicks < TimeSpan.TicksPerDay);
            result = Engine.Backtest.Run(strategy, feeds, Options(spec) with { EquitySampling = intraday ? EquitySampling.Daily : EquitySampling.EveryTimeStep });
        }
        catch (DataFormatException ex)
        {
            throw new CliUsageException(ex.Message);
        }
        catch (InvalidDataException ex)
        {
            throw new CliUsageException(ex.Message);
        }

        foreach ((string symbol, string path, BarStream stream) in streams)
        {
            if (stream.Dropped.Total > 0)
            {
                notes.Add($"{path}: dropped {stream.Dropped}");
            }
        }

        if (result.EquityCurve.Count < 2)
        {
            string range = $"{spec.Start?.ToString("yyyy-MM-dd") ?? "start"}..{spec.End?.ToString("yyyy-MM-dd") ?? "end"}";
            throw new CliUsageException($"no bars in {range} in {string.Join(", ", spec.Data.Select(d => d.Path))}; check --start/--end against the files' dates");
        }

        return new Outcome(spec, result, ToRun(spec.Label ?? spec.Strategy, result), notes);
    }

    public static StrategyRun ToRun(string name, BacktestResult result)
    {
        var times = new List<DateTimeOffset>(result.EquityCurve.Count);
        var equity = new List<double>(result.EquityCurve.Count);
        var invested = new List<bool>(result.EquityCurve.Count);
        foreach (EquityPoint p in result.EquityCurve)
        {
            times.Add(p.Time);
            equity.Add((double)p.Equity);
            invested.Add(p.Equity != p.Cash); // positions' market value is equity minus cash
        }

        // The engine gives excursions in currency; analytics wants them as fractions of entry notional
        // (the CLI trades equities: multiplier 1).
        TradeRecord[] trades = [.. result.Trades.Select(t =>
        {
            double notional = (double)(t.EntryPrice * Math.Abs(t.Quantity));
            return new TradeRecord(
                t.Symbol.Value, t.EntryTime, t.ExitTime, (double)t.EntryPrice, (double)t.ExitPrice, (double)t.Quantity,
                (double)t.Pnl, (double)t.Return, (double)t.MaximumAdverseExcursion / notional, (double)t.MaximumFavorableExcursion / notional);
        })];
        return new StrategyRun(name, times, equity, trades) { Invested = invested };
    }

    private static BacktestOptions Options(BacktestSpec spec)
    {
        ICommissionModel commission = spec.CommissionPerShare is decimal perShare
            ? new PerShareCommission(perShare, spec.CommissionMinimum)
            : spec.CommissionBps is decimal bps ? new BasisPointsCommission(bps) : NoCommission.Instance;
        try
        {
            return new BacktestOptions
            {
                InitialCash = spec.Cash,
                Commission = commission,
                SlippageBasisPoints = spec.SlippageBps,
                MarketFill = spec.Fill,
            };
        }
        catch (ArgumentException ex)
        {
            throw CliUsageException.From(ex);
        }
    }

    /// <summary>The UTC ticks of bar starts from --start (inclusive) to the day after --end (exclusive).</summary>
    private static (long From, long To) Window(DateOnly? start, DateOnly? end) => (
        start is DateOnly s ? s.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).Ticks : long.MinValue,
        end is DateOnly e ? e.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).Ticks : long.MaxValue);
}
