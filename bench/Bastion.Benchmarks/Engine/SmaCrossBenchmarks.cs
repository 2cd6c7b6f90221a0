using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Bastion.Core.Instruments;
using Bastion.Core.Symbols;
using Bastion.Engine;
using Bastion.Engine.Costs;
using Bastion.Engine.Results;
using Bastion.Engine.Strategies;

namespace Bastion.Benchmarks.Engine;

/// <summary>
/// Moving-average crossover (fast 50, slow 200) over synthetic one-minute bars of one symbol, streamed, with
/// market orders at the next open, Interactive Brokers commissions, 1 bp slippage and a daily equity curve.
/// Two sizes show that allocation does not grow with the number of bars, only with the number of orders.
/// Run: dotnet run -c Release --project bench/Bastion.Benchmarks -- --filter '*SmaCross*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcessConfig))]
public class SmaCrossBenchmarks
{
    private static readonly Equity s_instrument = new(Symbol.Create("SYN"));
    private static readonly BacktestOptions s_options = new()
    {
        Commission = PerShareCommission.InteractiveBrokersFixed,
        SlippageBasisPoints = 1m,
        EquitySampling = EquitySampling.Daily,
    };

    private static readonly Dictionary<string, string> s_parameters = new() { ["fast"] = "50", ["slow"] = "200" };

    [Params(1_000_000, 10_000_000)]
    public int Bars { get; set; }

    [Benchmark]
    public BacktestResult SmaCross() =>
        Backtest.Run(StrategyRegistry.Create("sma-cross", s_parameters), [new BarFeed(s_instrument, new MinuteBarStream(42, Bars))], s_options);

    /// <summary>One order whatever the size: what is left of allocation is the daily equity curve (one point per 1 440 bars).</summary>
    [Benchmark]
    public BacktestResult BuyAndHold() =>
        Backtest.Run(StrategyRegistry.Create("buy-and-hold"), [new BarFeed(s_instrument, new MinuteBarStream(42, Bars))], s_options);

    /// <summary>Two warm-ups and five measured runs in the host process: short, for a shared machine.</summary>
    private sealed class ShortInProcessConfig : ManualConfig
    {
        public ShortInProcessConfig() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5));
    }
}
