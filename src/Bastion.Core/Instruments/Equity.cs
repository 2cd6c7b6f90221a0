using Bastion.Core.Money;
using Bastion.Core.Symbols;

namespace Bastion.Core.Instruments;

/// <summary>A listed share: multiplier 1, whole-share lots and a one-cent tick unless the listing says otherwise.</summary>
public sealed record Equity : Instrument
{
    /// <summary>Creates an equity.</summary>
    /// <param name="symbol">Ticker.</param>
    /// <param name="currency">Trading currency; US dollars if omitted.</param>
    /// <param name="tickSize">Price step; 0.01 if omitted.</param>
    /// <param name="lotSize">Quantity step; 1 share if omitted.</param>
    /// <param name="calendarName">Trading calendar; <c>XNYS</c> (New York Stock Exchange regular hours) if omitted.</param>
    public Equity(Symbol symbol, Currency? currency = null, decimal tickSize = 0.01m, decimal lotSize = 1m, string calendarName = "XNYS")
        : base(symbol, currency ?? Currency.Usd, tickSize, lotSize, 1m, calendarName)
    {
    }

    /// <inheritdoc />
    public override AssetClass AssetClass => AssetClass.Equity;
}
