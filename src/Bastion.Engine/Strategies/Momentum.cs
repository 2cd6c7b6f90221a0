using Bastion.Core.MarketData;
using Bastion.Engine.Indicators;

namespace Bastion.Engine.Strategies;

/// <summary>
/// Cross-sectional momentum: on the first bar of each month, ranks the symbols with a full lookback by trailing
/// return close[t] ÷ close[t − lookback] − 1 and holds the top N at 1/N of equity each (ties go to the earlier
/// feed); everything else is sold.
/// </summary>
internal sealed class Momentum(int lookback, int top) : Strategy
{
    private RollingWindow<double>[] _closes = [];
    private int[] _rank = [];
    private double[] _score = [];
    private bool[] _chosen = [];
    private MonthChange _months;
    private bool _rebalance;

    public override void Initialize(IStrategyContext context)
    {
        int n = context.Symbols.Count;
        _closes = new RollingWindow<double>[n];
        for (int i = 0; i < n; i++)
        {
            _closes[i] = new RollingWindow<double>(lookback + 1);
        }

        _rank = new int[n];
        _score = new double[n];
        _chosen = new bool[n];
    }

    public override void OnBar(IStrategyContext context, int symbolIndex, in Bar bar)
    {
        _closes[symbolIndex].Add(bar.Close);
        if (_months.IsNewMonth(bar.Start))
        {
            _rebalance = true;
        }
    }

    public override void OnTimeStep(IStrategyContext context)
    {
        if (!_rebalance)
        {
            return;
        }

        _rebalance = false;
        int ranked = 0;
        for (int i = 0; i < _closes.Length; i++)
        {
            _chosen[i] = false;
            RollingWindow<double> w = _closes[i];
            if (!w.IsFull)
            {
                continue;
            }

            double score = (w[0] / w[lookback]) - 1.0;
            int j = ranked++;
            while (j > 0 && _score[j - 1] < score)
            {
                _score[j] = _score[j - 1];
                _rank[j] = _rank[j - 1];
                j--;
            }

            _score[j] = score;
            _rank[j] = i;
        }

        int held = Math.Min(top, ranked);
        for (int k = 0; k < held; k++)
        {
            _chosen[_rank[k]] = true;
        }

        // Sell first so that the buys of the same step are funded at the same open.
        for (int i = 0; i < _chosen.Length; i++)
        {
            if (!_chosen[i] && context.Position(i) != 0m)
            {
                context.OrderTargetPercent(i, 0m);
            }
        }

        for (int i = 0; i < _chosen.Length; i++)
        {
            if (_chosen[i])
            {
                context.OrderTargetPercent(i, 1m / held);
            }
        }
    }
}
