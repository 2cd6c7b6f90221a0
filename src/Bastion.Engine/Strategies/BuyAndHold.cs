using Bastion.Core.MarketData;

namespace Bastion.Engine.Strategies;

/// <summary>Buys 1/N of equity in each of the N symbols at its first bar and holds.</summary>
internal sealed class BuyAndHold : Strategy
{
    private bool[] _bought = [];

    public override void Initialize(IStrategyContext context) => _bought = new bool[context.Symbols.Count];

    public override void OnBar(IStrategyContext context, int symbolIndex, in Bar bar)
    {
        if (!_bought[symbolIndex])
        {
            _bought[symbolIndex] = true;
            context.OrderTargetPercent(symbolIndex, 1m / _bought.Length);
        }
    }
}
