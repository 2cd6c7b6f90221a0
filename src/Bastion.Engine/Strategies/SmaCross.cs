using Bastion.Core.MarketData;
using Bastion.Engine.Indicators;

namespace Bastion.Engine.Strategies;

/// <summary>
/// Per symbol: long 1/N of equity while the fast simple moving average of closes is above the slow one, flat
/// otherwise (N = number of symbols). Trades only when the signal changes.
/// </summary>
internal sealed class SmaCross(int fast, int slow) : Strategy
{
    private SimpleMovingAverage[] _fast = [];
    private SimpleMovingAverage[] _slow = [];
    private bool[] _long = [];
    private decimal _weight;

    public override void Initialize(IStrategyContext context)
    {
        int n = context.Symbols.Count;
        _fast = new SimpleMovingAverage[n];
        _slow = new SimpleMovingAverage[n];
        _long = new bool[n];
        for (int i = 0; i < n; i++)
        {
            _fast[i] = new SimpleMovingAverage(fast);
            _slow[i] = new SimpleMovingAverage(slow);
        }

        _weight = 1m / n;
    }

    public override void OnBar(IStrategyContext context, int symbolIndex, in Bar bar)
    {
        _fast[symbolIndex].Update(bar.Close);
        if (!_slow[symbolIndex].Update(bar.Close))
        {
            return;
        }

        bool up = _fast[symbolIndex].Value > _slow[symbolIndex].Value;
        if (up != _long[symbolIndex])
        {
            _long[symbolIndex] = up;
            context.OrderTargetPercent(symbolIndex, up ? _weight : 0m);
        }
    }
}
