using Bastion.Core.Money;
using Bastion.Core.Symbols;

namespace Bastion.Core.Instruments;

/// <summary>An exchange-traded fund: traded like a share (multiplier 1, whole-share lots, one-cent tick by default).</summary>
public sealed record Etf : Instrument
{
    /// <summary>Creates an ETF.</summary>
    /// <param name="symbol">Ticker.</param>
    /// <param name="currency">Trading currency; US dollars if omitted.</param>
    /// <param name="tickSize">Price step; 0.01 if omitted.</param>
    /// <param name="lotSize">Quantity step; 1 share if omitted.</param>
    /// <param name="calendarName">Trading calendar; <c>XNYS</c> if omitted.</param>
    public Etf(Symbol symbol, Currency? currency = null, decimal tickSize = 0.01m, decimal lotSize = 1m, string calendarName = "XNYS")
        : base(symbol, currency ?? Currency.Usd, tickSize, lotSize, 1m, calendarName)
    {
    }

    /// <inheritdoc />
    public override AssetClass AssetClass => AssetClass.Etf;
}
