using Bastion.Engine;

namespace Bastion.Cli.Commands.Backtest;

/// <summary>Everything one backtest run needs, after flags and config have been merged and checked.</summary>
internal sealed record BacktestSpec
{
    public required string Strategy { get; init; }

    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Symbol and file of each data source.</summary>
    public required IReadOnlyList<(string Symbol, string Path)> Data { get; init; }

    public DateOnly? Start { get; init; }

    public DateOnly? End { get; init; }

    public decimal Cash { get; init; } = 100_000m;

    public decimal? CommissionBps { get; init; }

    public decimal? CommissionPerShare { get; init; }

    public decimal CommissionMinimum { get; init; }

    public decimal SlippageBps { get; init; }

    public MarketFillTiming Fill { get; init; } = MarketFillTiming.NextBarOpen;

    /// <summary>Use the Yahoo layout's adjusted close (and scale open/high/low with it).</summary>
    public bool Adjusted { get; init; } = true;

    /// <summary>Drop bad rows (and report them) instead of failing on the first.</summary>
    public bool DropBadRows { get; init; }

    /// <summary>A label for reports (defaults to the strategy name).</summary>
    public string? Label { get; init; }
}
