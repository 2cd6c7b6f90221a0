using Bastion.Core.Money;
using Bastion.Core.Symbols;

namespace Bastion.Core.Instruments;

/// <summary>
/// What can be traded, and the arithmetic of trading it: prices move in <see cref="TickSize"/> steps,
/// quantities in <see cref="LotSize"/> steps, and one unit of quantity is worth price × <see cref="Multiplier"/>
/// in <see cref="QuoteCurrency"/>. Immutable; concrete kinds validate their own fields on construction.
/// </summary>
public abstract record Instrument
{
    /// <summary>Validates and sets the fields every instrument has.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Tick size, lot size or multiplier is not positive.</exception>
    /// <exception cref="ArgumentException">The calendar name is empty.</exception>
    protected Instrument(Symbol symbol, Currency quoteCurrency, decimal tickSize, decimal lotSize, decimal multiplier, string calendarName)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tickSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lotSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(multiplier);
        ArgumentException.ThrowIfNullOrWhiteSpace(calendarName);
        if (string.IsNullOrEmpty(symbol.Value))
        {
            throw new ArgumentException("instrument needs a symbol", nameof(symbol));
        }

        Symbol = symbol;
        QuoteCurrency = quoteCurrency;
        TickSize = tickSize;
        LotSize = lotSize;
        Multiplier = multiplier;
        CalendarName = calendarName;
    }

    /// <summary>The ticker.</summary>
    public Symbol Symbol { get; }

    /// <summary>The kind of instrument.</summary>
    public abstract AssetClass AssetClass { get; }

    /// <summary>The currency prices are quoted and settled in.</summary>
    public Currency QuoteCurrency { get; }

    /// <summary>The smallest price step.</summary>
    public decimal TickSize { get; }

    /// <summary>The smallest quantity step (1 for shares and contracts, fractional for crypto).</summary>
    public decimal LotSize { get; }

    /// <summary>Value of one unit of quantity per 1.00 of price (1 for shares, 50 for an E-mini S&amp;P 500 future, 100 for a US equity option).</summary>
    public decimal Multiplier { get; }

    /// <summary>Name of the trading calendar (<c>XNYS</c>, <c>24x7</c>, <c>24x5</c>, ...), resolved by <c>Bastion.Core.Calendars</c>.</summary>
    public string CalendarName { get; }

    /// <summary>Rounds a market price to the nearest tick (midpoint away from zero) and converts it to <see cref="decimal"/>: the fill boundary of DESIGN.md §3.</summary>
    public decimal RoundPrice(double price)
    {
        if (!double.IsFinite(price))
        {
            throw new ArgumentOutOfRangeException(nameof(price), price, "price must be finite");
        }

        return decimal.Round((decimal)price / TickSize, MidpointRounding.AwayFromZero) * TickSize;
    }

    /// <summary>Rounds a quantity toward zero to a whole number of lots (never trades more than asked).</summary>
    public decimal RoundQuantity(decimal quantity) => decimal.Truncate(quantity / LotSize) * LotSize;

    /// <summary>Notional value of <paramref name="quantity"/> at <paramref name="price"/>: quantity × price × multiplier.</summary>
    public decimal Notional(decimal quantity, decimal price) => quantity * price * Multiplier;
}
