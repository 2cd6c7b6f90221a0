using Bastion.Core.Instruments;
using Bastion.Core.MarketData;
using Bastion.Core.Money;
using Bastion.Core.Symbols;
using Bastion.Engine.Indicators;
using Bastion.Engine.Results;
using Bastion.Engine.Strategies;

namespace Bastion.Engine.Tests;

public sealed class RegistryAndValidationTests
{
    [Fact]
    public void Registry_ListsAllBuiltInsWithDefaults()
    {
        Assert.Equal(["buy-and-hold", "equal-weight", "sma-cross", "momentum"], StrategyRegistry.All.Select(d => d.Name));
        Assert.Equal(["fast=10", "slow=30"], StrategyRegistry.Describe("sma-cross").Parameters.Select(p => $"{p.Name}={p.DefaultValue}"));
    }

    [Theory]
    [InlineData("nope", "", "name", "unknown strategy 'nope'")]
    [InlineData("sma-cross", "fats=3", "fats", "accepted: fast (default 10), slow (default 30)")]
    [InlineData("sma-cross", "fast=abc", "fast", "must be a whole number")]
    [InlineData("sma-cross", "fast=30,slow=10", "fast", "must be less than 'slow'")]
    [InlineData("momentum", "top=0", "top", "whole number ≥ 1")]
    [InlineData("buy-and-hold", "x=1", "x", "takes no parameters")]
    public void Create_BadNameOrParameter_ErrorNamesIt(string name, string parameters, string paramName, string message)
    {
        var p = StrategyRegistry.ParseParameters(parameters.Split(',', StringSplitOptions.RemoveEmptyEntries));
        var ex = Assert.Throws<ArgumentException>(() => StrategyRegistry.Create(name, p));
        Assert.Equal(paramName, ex.ParamName);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OutOfOrderOrInvalidBar_NamesSymbolAndTime()
    {
        Bar[] bars = [SyntheticBars.Day(1, 10, 11, 9, 10), SyntheticBars.Day(0, 10, 11, 9, 10)];
        var ex = Assert.Throws<InvalidDataException>(() =>
            Backtest.Run(StrategyRegistry.Create("buy-and-hold"), [new BarFeed(new Equity(Symbol.Create("ABC")), bars)]));
        Assert.Contains("ABC", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2020-01-01", ex.Message, StringComparison.Ordinal);
        Bar[] bad = [SyntheticBars.Day(0, 10, 9, 11, 10)];
        Assert.Throws<InvalidDataException>(() =>
            Backtest.Run(StrategyRegistry.Create("buy-and-hold"), [new BarFeed(new Equity(Symbol.Create("ABC")), bad)]));
    }

    [Fact]
    public void Run_InstrumentCurrencyWithoutRate_IsAnError_AndWithRateConverts()
    {
        var sap = new Equity(Symbol.Create("SAP"), Currency.Eur);
        Bar[] bars = [SyntheticBars.Day(0, 100, 101, 99, 100), SyntheticBars.Day(1, 100, 111, 99, 110)];
        var ex = Assert.Throws<ArgumentException>(() => Backtest.Run(StrategyRegistry.Create("buy-and-hold"), [new BarFeed(sap, bars)]));
        Assert.Contains("SAP trades in EUR but no FX rate to USD", ex.Message, StringComparison.Ordinal);
        // With 1.25 USD per EUR: target 100 000 USD / (100 EUR × 1.25) = 800 shares at day 1 open 100 EUR.
        // EUR cash −80 000 → −100 000 USD; shares 800 × 110 EUR × 1.25 = 110 000 USD; equity 100 000 + 0 − 100 000 + 110 000 = 110 000.
        BacktestResult r = Backtest.Run(StrategyRegistry.Create("buy-and-hold"), [new BarFeed(sap, bars)],
            new BacktestOptions { FxRates = new Dictionary<Currency, decimal> { [Currency.Eur] = 1.25m } });
        Assert.Equal(800m, r.Fills[0].Quantity);
        Assert.Equal(110_000m, r.FinalEquity);
    }

    [Fact]
    public void Indicators_MatchDirectComputation()
    {
        var rng = new Bastion.Numerics.Random.RandomStream(5);
        var sma = new SimpleMovingAverage(7);
        var window = new RollingWindow<double>(7);
        for (int i = 0; i < 5_000; i++)
        {
            double x = 100 + rng.NextGaussian();
            bool ready = sma.Update(x);
            window.Add(x);
            Assert.Equal(i >= 6, ready);
            double direct = 0;
            for (int k = 0; k < window.Count; k++)
            {
                direct += window[k];
            }

            Assert.Equal(direct / window.Count, sma.Value, 1e-9);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => window[7]);
    }
}
