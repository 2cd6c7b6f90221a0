using System.Globalization;
using Bastion.Core.Money;
using Bastion.Core.Symbols;

namespace Bastion.Core.Instruments;

/// <summary>
/// A listed option on a share or ETF: price per share of underlying, one contract covers <see cref="Instrument.Multiplier"/>
/// shares (100 by default). The symbol follows OCC's OSI symbology without padding: root, expiry <c>yyMMdd</c>,
/// <c>C</c>/<c>P</c>, strike × 1000 in eight digits (e.g. <c>SPY240119C00450000</c>).
/// </summary>
public sealed record EquityOption : Instrument
{
    /// <summary>Creates an option.</summary>
    /// <param name="underlying">The underlying ticker.</param>
    /// <param name="strike">Strike price per share, positive, at most three decimals and below 100,000.</param>
    /// <param name="expiry">Last trading/exercise date (exchange local).</param>
    /// <param name="right">Call or put.</param>
    /// <param name="style">Exercise style; American if omitted.</param>
    /// <param name="listingDate">First trading date if known; must not be after <paramref name="expiry"/>.</param>
    /// <param name="multiplier">Shares per contract; 100 if omitted.</param>
    /// <param name="currency">Trading currency; US dollars if omitted.</param>
    /// <param name="tickSize">Premium step; 0.01 if omitted.</param>
    /// <param name="calendarName">Trading calendar; <c>XNYS</c> if omitted.</param>
    /// <exception cref="ArgumentOutOfRangeException">Strike not positive or not representable; expiry before listing.</exception>
    public EquityOption(
        Symbol underlying,
        decimal strike,
        DateOnly expiry,
        OptionRight right,
        OptionStyle style = OptionStyle.American,
        DateOnly? listingDate = null,
        decimal multiplier = 100m,
        Currency? currency = null,
        decimal tickSize = 0.01m,
        string calendarName = "XNYS")
        : base(OsiSymbol(underlying, strike, expiry, right, listingDate), currency ?? Currency.Usd, tickSize, 1m, multiplier, calendarName)
    {
        if (!Enum.IsDefined(style))
        {
            throw new ArgumentOutOfRangeException(nameof(style), style, "style must be American or European");
        }

        Underlying = underlying;
        Strike = strike;
        Expiry = expiry;
        Right = right;
        Style = style;
        ListingDate = listingDate;
    }

    /// <inheritdoc />
    public override AssetClass AssetClass => AssetClass.Option;

    /// <summary>The underlying ticker.</summary>
    public Symbol Underlying { get; }

    /// <summary>Strike price per share.</summary>
    public decimal Strike { get; }

    /// <summary>Expiry date (exchange local).</summary>
    public DateOnly Expiry { get; }

    /// <summary>Call or put.</summary>
    public OptionRight Right { get; }

    /// <summary>Exercise style.</summary>
    public OptionStyle Style { get; }

    /// <summary>First trading date, when known.</summary>
    public DateOnly? ListingDate { get; }

    /// <summary>Intrinsic value per share at an underlying price: max(S − K, 0) for a call, max(K − S, 0) for a put.</summary>
    public decimal IntrinsicValue(decimal underlyingPrice)
        => Math.Max(Right == OptionRight.Call ? underlyingPrice - Strike : Strike - underlyingPrice, 0m);

    /// <summary>True when the option can no longer trade on <paramref name="date"/> (the date is after expiry).</summary>
    public bool IsExpired(DateOnly date) => date > Expiry;

    private static Symbol OsiSymbol(Symbol underlying, decimal strike, DateOnly expiry, OptionRight right, DateOnly? listingDate)
    {
        if (string.IsNullOrEmpty(underlying.Value))
        {
            throw new ArgumentException("an option needs an underlying symbol", nameof(underlying));
        }

        if (strike <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(strike), strike, "strike must be positive");
        }

        decimal milli = strike * 1000m;
        if (milli != decimal.Truncate(milli) || milli >= 100_000_000m)
        {
            throw new ArgumentOutOfRangeException(nameof(strike), strike, "strike must have at most three decimals and be below 100,000 (OSI symbology)");
        }

        if (listingDate is { } listed && expiry < listed)
        {
            throw new ArgumentOutOfRangeException(nameof(expiry), expiry, $"expiry {expiry:yyyy-MM-dd} is before the listing date {listed:yyyy-MM-dd}");
        }

        char r = right switch
        {
            OptionRight.Call => 'C',
            OptionRight.Put => 'P',
            _ => throw new ArgumentOutOfRangeException(nameof(right), right, "right must be Call or Put"),
        };
        string text = string.Create(CultureInfo.InvariantCulture, $"{underlying.Value}{expiry:yyMMdd}{r}{(long)milli:D8}");
        return Symbol.Create(text);
    }
}
