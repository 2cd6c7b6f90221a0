using Bastion.Core.MarketData;
using Bastion.Engine.Indicators;

namespace Bastion.Engine;

/// <summary>
/// A read-only view of the most recent closed bars of one symbol: <c>this[0]</c> is the latest closed bar.
/// Holds at most the number of bars the strategy asked for with <see cref="IStrategyContext.RequestHistory"/>;
/// never a bar that has not closed yet.
/// </summary>
public readonly struct BarHistory
{
    private readonly RollingWindow<Bar>? _window;

    internal BarHistory(RollingWindow<Bar>? window) => _window = window;

    /// <summary>Bars held (0 until the first bar closes, or when no history was requested).</summary>
    public int Count => _window?.Count ?? 0;

    /// <summary>The bar closed <paramref name="barsAgo"/> bars ago (0 = latest).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="barsAgo"/> is not in [0, <see cref="Count"/>).</exception>
    public Bar this[int barsAgo] => _window is null
        ? throw new ArgumentOutOfRangeException(nameof(barsAgo), barsAgo, "no history was requested")
        : _window[barsAgo];
}
