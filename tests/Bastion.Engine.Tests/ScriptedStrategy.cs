using Bastion.Core.MarketData;
using Bastion.Core.Orders;

namespace Bastion.Engine.Tests;

/// <summary>Submits given requests after the bar with the given index (0-based, of symbol 0) has closed, and records what it saw.</summary>
internal sealed class ScriptedStrategy(params (int AfterBar, OrderRequest Request)[] script) : Strategy
{
    private int _bars;

    public List<SubmitResult> Results { get; } = [];

    public List<Fill> Fills { get; } = [];

    public List<decimal> EquityAfterBar { get; } = [];

    public override void OnBar(IStrategyContext context, int symbolIndex, in Bar bar)
    {
        if (symbolIndex != 0)
        {
            return;
        }

        foreach ((int after, OrderRequest request) in script)
        {
            if (after == _bars)
            {
                Results.Add(context.Submit(request));
            }
        }

        _bars++;
    }

    public override void OnTimeStep(IStrategyContext context) => EquityAfterBar.Add(context.Equity);

    public override void OnFill(IStrategyContext context, Fill fill) => Fills.Add(fill);
}
